/**
 * `npm run lint` runs this: no module may import itself through others (file cycles). Folder
 * cycles cannot happen while the ESLint layer rule (eslint.config.js) holds: it orders the folders
 * strictly, and every folder may import only folders below it.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file cycle: split the shared part into a module both can import.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
