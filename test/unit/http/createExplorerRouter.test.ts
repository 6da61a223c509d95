import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExplorerRouter } from '../../../src/http/createExplorerRouter.js';

let server: http.Server;
let origin: string;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-explorer-router-'));

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'explore/assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'explore/index.html'), '<!doctype html><title>explorer</title>');
  fs.writeFileSync(path.join(root, 'explore/assets/app-1234.js'), 'console.log(1)');
  fs.mkdirSync(path.join(root, 'queries'));
  fs.writeFileSync(path.join(root, 'queries/b-second.graphql'), '# Question: "What is second?"\n{ a }\n');
  fs.writeFileSync(
    path.join(root, 'queries/c-wrapped.graphql'),
    '# Question: "Which commitments of the 2023 MOC reappear in the\n# 2026 Roadmap?"\n#\n# More text.\n{ a }\n',
  );
  fs.writeFileSync(path.join(root, 'queries/a-first.graphql'), '{ b }\n');
  fs.mkdirSync(path.join(root, 'landing/assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'landing/index.html'), '<!doctype html><title>landing</title>');
  fs.writeFileSync(path.join(root, 'landing/readme.html'), '<!doctype html><title>readme</title>');
  fs.writeFileSync(path.join(root, 'landing/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(root, 'landing/assets/landing-1234.css'), 'body{}');
  const app = express();
  app.use(
    createExplorerRouter({
      landingDir: path.join(root, 'landing'),
      exploreDir: path.join(root, 'explore'),
      graphiqlDir: path.join(root, 'missing'),
      queriesDir: path.join(root, 'queries'),
    }),
  );
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the explorer router', () => {
  it('serves the landing page at / and the README at /readme, never cached', async () => {
    for (const [url, title] of [
      ['/', 'landing'],
      ['/readme', 'readme'],
    ]) {
      const res = await fetch(`${origin}${url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain(`<title>${title}</title>`);
    }
    // Only the fixed paths: the folder's files are not served under their own names.
    expect((await fetch(`${origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${origin}/readme.html`)).status).toBe(404);
  });

  it('serves the landing assets with a long cache, and the favicons', async () => {
    const css = await fetch(`${origin}/assets/landing-1234.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toContain('immutable');
    const missing = await fetch(`${origin}/assets/nope.css`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    const svg = await fetch(`${origin}/favicon.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    // The fixture has no favicon.ico: a JSON 404, not a crash.
    expect((await fetch(`${origin}/favicon.ico`)).status).toBe(404);
  });

  it('serves index.html for /explore and for deep links, and assets with a long cache', async () => {
    for (const url of ['/explore', '/explore/', '/explore/?focus=x&view=lineage', '/explore/some/deep/link']) {
      const res = await fetch(`${origin}${url}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>explorer</title>');
    }
    const asset = await fetch(`${origin}/explore/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/explore/assets/nope.js`)).status).toBe(404);
  });

  it('answers 503 saying how to build a missing bundle, as HTML or JSON', async () => {
    const html = await fetch(`${origin}/graphiql`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(503);
    expect(await html.text()).toContain('npm run build:explorer');
    const json = await fetch(`${origin}/graphiql`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(503);
    expect(await json.json()).toMatchObject({ errors: [{ extensions: { code: 'BUNDLE_NOT_BUILT' } }] });
  });

  it('lists the cookbook queries in name order, titled by their question', async () => {
    const examples = (await (await fetch(`${origin}/graphiql/examples.json`)).json()) as { name: string; title: string }[];
    expect(examples.map((e) => [e.name, e.title])).toEqual([
      ['a-first', 'a-first'],
      ['b-second', 'What is second?'],
      // A question wrapped over two comment lines is read whole, up to the blank `#` line.
      ['c-wrapped', 'Which commitments of the 2023 MOC reappear in the 2026 Roadmap?'],
    ]);
  });
});
