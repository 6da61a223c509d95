/**
 * Builds the explorer, GraphiQL and the landing page (/ and /readme) with Vite into explorer/dist.
 * `--if-stale` builds only when the sources (explorer/**, package-lock.json, and README.md and
 * docs/*.png, which /readme shows) changed since the last build, by content hash, so `npm start`
 * and the browser tests can call it every time at almost no cost.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..');
const distDir = path.join(here, 'dist');
const stampFile = path.join(distDir, '.source-hash');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.name !== 'dist' && entry.name !== 'node_modules')
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/** README.md and the images under docs/: the landing bundle renders and embeds them. */
function landingInputs(): string[] {
  const docs = path.join(projectRoot, 'docs');
  const images = fs.existsSync(docs) ? fs.readdirSync(docs).filter((name) => name.endsWith('.png')) : [];
  return [path.join(projectRoot, 'README.md'), ...images.sort().map((name) => path.join(docs, name))];
}

/** A hash of every explorer source file, the lockfile and the landing inputs: the bundle is stale when it differs. */
export function explorerSourceHash(): string {
  const hash = crypto.createHash('sha256');
  for (const file of [...sourceFiles(here), path.join(projectRoot, 'package-lock.json'), ...landingInputs()]) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(here, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function explorerIsStale(): boolean {
  const built = ['explore', 'graphiql', 'landing'].every((name) => fs.existsSync(path.join(distDir, name, 'index.html')));
  return !built || !fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8').trim() !== explorerSourceHash();
}

/** Builds the three bundles (or, with ifStale, only when stale); resolves true when it built. */
export async function buildExplorer(options: { ifStale?: boolean; log?: (line: string) => void } = {}): Promise<boolean> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.ifStale && !explorerIsStale()) return false;
  const { build } = await import('vite');
  const started = Date.now();
  log('== building the explorer (explorer/dist/explore), GraphiQL (explorer/dist/graphiql) and the landing page (explorer/dist/landing)');
  await build({ configFile: path.join(here, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: path.join(here, 'graphiql/vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: path.join(here, 'landing/vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(stampFile, `${explorerSourceHash()}\n`);
  log(`== explorer bundles built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  buildExplorer({ ifStale }).then(
    (built) => {
      if (!built) console.log('== explorer bundles are up to date');
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
