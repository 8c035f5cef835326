// JSON with bytes: Uint8Array travels as {"__bytes": base64}. Used by the test-only loopback bridge
// on both sides (Node server, and the browser script generated from encodeForBrowser's source).
import { INTERNAL_ERROR_MESSAGE } from '../../../electron/shell-pure/envelope';
import { installPageApi } from '../../../electron/shell-pure/pageApi';

export function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  return value;
}

export function reviver(_key: string, value: unknown): unknown {
  if (
    value &&
    typeof value === 'object' &&
    '__bytes' in value &&
    typeof (value as { __bytes: unknown }).__bytes === 'string'
  ) {
    return new Uint8Array(Buffer.from((value as { __bytes: string }).__bytes, 'base64'));
  }
  return value;
}

/**
 * The browser half, as source text: window.api over fetch to the bridge, built by the same page-side
 * code the desktop app's preload runs in the page (installPageApi), so errors reach the page with
 * their code and details exactly as in the app.
 */
export function browserBridgeSource(methodNames: readonly string[]): string {
  // installPageApi's source, as Function.toString gives it: under tsx (the benchmarks, the dev bridge)
  // esbuild's keepNames wraps inner functions in a __name helper that the page must then have.
  return `(() => {
  const __name = (fn) => fn;
  const names = ${JSON.stringify(methodNames)};
  const toB64 = (u8) => { let s = ''; for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000)); return btoa(s); };
  const fromB64 = (b) => { const s = atob(b); const u = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i); return u; };
  const replacer = (k, v) => (v instanceof Uint8Array ? { __bytes: toB64(v) } : v);
  const reviver = (k, v) => (v && typeof v === 'object' && typeof v.__bytes === 'string' ? fromB64(v.__bytes) : v);
  const invoke = async (name, input) => {
    const res = await fetch('/__api/' + name, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? {}, replacer) });
    return JSON.parse(await res.text(), reviver);
  };
  (${installPageApi.toString()})(invoke, names, '', ${JSON.stringify({ internal: INTERNAL_ERROR_MESSAGE })}, null);
})();`;
}
