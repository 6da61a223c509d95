/** Security headers (src/http/securityHeaders.ts) on the pages, the API and the exports. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

let kizuna: TestKizuna;
beforeAll(async () => {
  kizuna = await startTestKizuna();
});
afterAll(async () => {
  await kizuna?.stop();
});

/** The CSP's directives by name, e.g. { 'style-src': ["'self'"] }. */
function directives(csp: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  it.each([
    ['/', 'GET'],
    ['/readme', 'GET'],
    ['/explore', 'GET'],
    ['/graphiql', 'GET'],
    ['/graphql', 'POST'],
    ['/export/nodes.csv', 'GET'],
    ['/health', 'GET'],
  ])('%s', async (path, method) => {
    const res = await fetch(`${kizuna.origin}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ query: '{ __typename }' }) : undefined,
    });
    await res.arrayBuffer();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    // Monaco (GraphiQL's editor) writes inline styles; nothing else may.
    expect(csp['style-src']).toEqual(path === '/graphiql' ? ["'self'", "'unsafe-inline'"] : ["'self'"]);
  });

  it('keeps the stricter policy Express gives an unknown path', async () => {
    const res = await fetch(`${kizuna.origin}/no-such-page`);
    await res.arrayBuffer();
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(directives(res.headers.get('content-security-policy'))['default-src']).toEqual(["'none'"]);
  });
});
