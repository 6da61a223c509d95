/**
 * What the browser bundle gets for `node-fetch`: Citation.js imports it for Node, but in a
 * browser it uses the global fetch (its own `isBrowser` check), so the platform's fetch and
 * Headers stand in, and Vite no longer pulls node-fetch's Node built-ins into the build.
 * Citation.js never fetches anything here: the explorer only formats data it already has.
 */
const browserFetch: typeof fetch = (...args) => fetch(...args);
export default browserFetch;
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
