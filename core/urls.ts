// Which links the app opens in the user's browser: checked when an evidence link is saved (the
// contract's httpUrl), when a division form is read, and again by the shell before it opens one.
import { VALIDATION_WORDS } from './terms';

/** Why a link is refused: the contract, the shell and the follow-up screen say it alike. */
export const URL_NEEDS_HTTP = VALIDATION_WORDS.urlNeedsHttp;

/** Longest URL we hand to the operating system's browser. */
const MAX_EXTERNAL_URL = 2048;

/**
 * True for an http(s) URL with a host and no embedded credentials: the only kind of link the app
 * opens in the user's browser (evidence links, help pages). Anything else (file:, javascript:,
 * custom schemes that launch other programs) is refused.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL) return false;
  // Spelled out in full: the URL parser would also accept 'http:/x' or ' https://x' with tabs in it.
  if (!/^https?:\/\/[^/\s]/i.test(url) || hasControlOrSpace(url)) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (u.hostname === '') return false;
  if (u.username !== '' || u.password !== '') return false;
  return true;
}

function hasControlOrSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return true;
  }
  return false;
}
