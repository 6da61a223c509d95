/**
 * Serves the browser bundles built from explorer/ by Vite: the landing page at /, the README at
 * /readme, the favicons at /favicon.svg and /favicon.ico, the graph explorer at /explore and
 * GraphiQL at /graphiql, with the cookbook queries (docs/queries/*.graphql, read at request time)
 * at /graphiql/examples.json. Nothing is fetched from a CDN: every script, style and font is in
 * the bundle. A missing bundle answers 503 saying how to build it, rather than a bare 404.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { projectRoot } from '../config.js';
import { ErrorCode } from '../errors.js';
import { sendError } from './sendError.js';

export interface ExplorerPaths {
  /** Built landing page: index.html (/), readme.html (/readme), assets/, favicon.svg and favicon.ico. */
  landingDir: string;
  /** Built explorer (index.html + assets/), served at /explore. */
  exploreDir: string;
  /** Built GraphiQL page, served at /graphiql. */
  graphiqlDir: string;
  /** The cookbook: one operation per .graphql file, opening with a `# Question:` comment. */
  queriesDir: string;
}

export const defaultExplorerPaths: ExplorerPaths = {
  landingDir: path.join(projectRoot, 'explorer/dist/landing'),
  exploreDir: path.join(projectRoot, 'explorer/dist/explore'),
  graphiqlDir: path.join(projectRoot, 'explorer/dist/graphiql'),
  queriesDir: path.join(projectRoot, 'docs/queries'),
};

export interface CookbookExample {
  /** File name without .graphql, e.g. "lineage-of-an-instrument". */
  name: string;
  /** The question the file answers, from its `# Question:` comment, or the name. */
  title: string;
  query: string;
}

/** Reads every docs/queries/*.graphql in name order; an absent folder is an empty cookbook. */
export function readCookbook(queriesDir: string): CookbookExample[] {
  if (!fs.existsSync(queriesDir)) return [];
  return fs
    .readdirSync(queriesDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = fs.readFileSync(path.join(queriesDir, file), 'utf8');
      // The question may wrap over several comment lines, up to a blank `#` line.
      const lines = /^#\s*Question:\s*(.+(?:\n#[ \t]+\S.*)*)/m.exec(query)?.[1];
      const question = lines
        ?.split('\n')
        .map((line) => line.replace(/^#\s*/, '').trim())
        .join(' ')
        .trim();
      const name = file.replace(/\.graphql$/, '');
      return { name, title: question ? question.replace(/^"|"$/g, '') : name, query };
    });
}

function missingBundle(what: string): express.RequestHandler {
  return (req, res) => {
    const message = `The ${what} bundle is not built. Run \`npm run build:explorer\` (npm start and npm test build it when missing).`;
    res.status(503);
    if (req.accepts(['html', 'json']) === 'html') {
      res.type('html').send(`<!doctype html><meta charset="utf-8"><title>Kizuna ${what}</title><h1>503</h1><p>${message}</p>`);
    } else {
      sendError(res, ErrorCode.BUNDLE_NOT_BUILT, message);
    }
  };
}

/** Hashed assets never change under their name. */
const immutable = 'public, max-age=31536000, immutable';

/** A single-page app: hashed assets are cached for a year, index.html never (deep links reload it). */
function spa(dir: string, what: string): express.Router {
  const router = express.Router();
  const index = path.join(dir, 'index.html');
  router.use(
    express.static(dir, {
      index: false,
      redirect: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? immutable : 'no-cache');
      },
    }),
  );
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // Unknown asset paths are real 404s; anything else is a deep link into the app.
    if (req.path.startsWith('/assets/')) return sendError(res, ErrorCode.NOT_FOUND, `No asset ${req.path}.`);
    if (!fs.existsSync(index)) return missingBundle(what)(req, res, next);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

/**
 * The landing bundle's pages, assets and favicons, each at a fixed path: nothing else in the
 * folder is reachable. The pages are never cached (a rebuild renames the assets they load); the
 * favicons for a day, since browsers ask for /favicon.ico by that fixed name.
 */
function landing(dir: string): express.Router {
  const router = express.Router();
  const page =
    (file: string): express.RequestHandler =>
    (req, res, next) => {
      const full = path.join(dir, file);
      if (!fs.existsSync(full)) return missingBundle('landing page')(req, res, next);
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(full);
    };
  router.get('/', page('index.html'));
  router.get('/readme', page('readme.html'));
  for (const icon of ['favicon.svg', 'favicon.ico']) {
    router.get(`/${icon}`, (_req, res) => {
      const full = path.join(dir, icon);
      if (!fs.existsSync(full)) return sendError(res, ErrorCode.NOT_FOUND, `No ${icon}: run \`npm run build:explorer\`.`);
      res.setHeader('cache-control', 'public, max-age=86400');
      res.sendFile(full);
    });
  }
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      index: false,
      redirect: false,
      fallthrough: true,
      setHeaders: (res) => res.setHeader('cache-control', immutable),
    }),
    (req, res) => sendError(res, ErrorCode.NOT_FOUND, `No asset /assets${req.path}.`),
  );
  return router;
}

/**
 * Mount with `app.use(createExplorerRouter())`; owns /, /readme, /assets/*, /favicon.svg,
 * /favicon.ico, /explore, /graphiql and /graphiql/examples.json.
 */
export function createExplorerRouter(paths: ExplorerPaths = defaultExplorerPaths): express.Router {
  const router = express.Router();
  router.use(landing(paths.landingDir));
  router.get('/graphiql/examples.json', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.json(readCookbook(paths.queriesDir));
  });
  router.use('/explore', spa(paths.exploreDir, 'explorer'));
  router.use('/graphiql', spa(paths.graphiqlDir, 'GraphiQL'));
  return router;
}
