/**
 * Security headers on every response, through helmet: a Content-Security-Policy that lets a page
 * load only its own assets and talk only to the API it came from, X-Content-Type-Options: nosniff,
 * no framing (frame-ancestors 'none' and X-Frame-Options: DENY), Referrer-Policy: no-referrer, and
 * no X-Powered-By. Every page is a same-origin static bundle (src/http/createExplorerRouter.ts), so
 * the policy names no other host; evidence links to other sites are plain links, which CSP does
 * not restrict.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The policy of /, /readme, /explore and the API: no inline script or style, same-origin everything. */
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // Cytoscape styles the graph through the CSSOM, which style-src does not govern.
  styleSrc: ["'self'"],
  // Vite inlines assets under 4 KB as data: URLs; the explorer's PNG export draws through blob: URLs.
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The headers for every route. HSTS is left to whatever terminates TLS in front of Kizuna (the app
 * itself speaks plain HTTP, and a pinned HSTS from a test host would outlive it); upgrade-insecure-
 * requests likewise, since it would break a plain-HTTP deployment.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
}

/**
 * The policy for /graphiql, which replaces the one above there: GraphiQL's editor (Monaco) writes
 * inline style elements and attributes, so style-src also allows 'unsafe-inline'. Scripts stay
 * same-origin only.
 */
export function graphiqlContentSecurityPolicy(): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: { ...directives, styleSrc: ["'self'", "'unsafe-inline'"] },
  });
}
