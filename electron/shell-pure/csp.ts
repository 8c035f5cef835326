// The Content-Security-Policy, one source for the response header (main process), the meta tag in
// renderer/index.html (checked by a test) and the dev-server rewrite in electron.vite.config.ts.

/** Production policy: only our own files; no inline or eval'd scripts, no frames, no plugins. */
export const PRODUCTION_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'";

/**
 * The policy for a page. In dev mode the vite dev server's origin (and its HMR websocket) is
 * allowed, and React Fast Refresh's inline preamble needs 'unsafe-inline' scripts: dev only.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return PRODUCTION_CSP;
  const dev = new URL(devServerUrl);
  const ws = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return [
    `default-src 'self' ${dev.origin}`,
    `script-src 'self' 'unsafe-inline' ${dev.origin}`,
    `style-src 'self' 'unsafe-inline' ${dev.origin}`,
    `img-src 'self' data: ${dev.origin}`,
    `font-src 'self' ${dev.origin}`,
    `connect-src 'self' ${dev.origin} ${ws}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
  ].join('; ');
}
