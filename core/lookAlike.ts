// Look-alike links: a domain that mixes scripts — a Cyrillic "о" in "bangkok.go.th", a Greek "ο",
// a whole Cyrillic label under ".go.th" — reads like the real site but is another one. Such a link
// is shown as punycode (xn--…), the form no look-alike letter survives, with a Thai warning, in the
// app and in the reports; the link itself is kept as typed.
//
// The rule follows Unicode's "highly restrictive" identifier profile (UTS #39 §5.2): within one label
// only one script, or Latin with the scripts written together with Han (Japanese, Chinese, Korean);
// across the labels of a domain, Latin may meet Thai and those East Asian scripts, but not another
// alphabet that has Latin look-alikes (Cyrillic, Greek, Armenian, …). Scripts are told by Unicode's
// own Script property (\p{Script=…}); punycode labels (xn--) are decoded with punycode.js.
import punycode from 'punycode/punycode.js';
import { LOOK_ALIKE_SCRIPT_NAMES, lookAlikeWarning } from './terms';

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Thai',
  'Lao',
  'Khmer',
  'Myanmar',
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
] as const;
type Script = (typeof SCRIPTS)[number] | 'Other';

const TESTS = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const);
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const LETTER = /[\p{L}\p{M}\p{Nd}]/u;

/** Thai names of scripts, for the warning. */
const SCRIPT_NAMES: Readonly<Record<Script, string>> = LOOK_ALIKE_SCRIPT_NAMES;

const CJK = new Set<Script>(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']);
/** Scripts that may share a domain with Latin labels (.com, .go.th) without looking like it. */
const WITH_LATIN = new Set<Script>(['Latin', 'Thai', ...CJK]);

function scriptOf(ch: string): Script | null {
  if (!LETTER.test(ch) || NEUTRAL.test(ch)) return null;
  for (const [name, re] of TESTS) if (re.test(ch)) return name;
  return 'Other';
}

function scriptsOf(label: string): Set<Script> {
  const out = new Set<Script>();
  for (const ch of label) {
    const s = scriptOf(ch);
    if (s) out.add(s);
  }
  return out;
}

/** One label may hold one script, or Latin with the East Asian scripts written alongside Han. */
function labelMixes(scripts: Set<Script>): boolean {
  if (scripts.size <= 1) return false;
  const rest = [...scripts].filter((s) => s !== 'Latin');
  const cjk = rest.every((s) => CJK.has(s));
  if (!cjk) return true;
  // Japanese (Han + kana), Chinese (Han + Bopomofo), Korean (Han + Hangul), each possibly with Latin.
  const kinds = [
    rest.some((s) => s === 'Hiragana' || s === 'Katakana'),
    rest.includes('Bopomofo'),
    rest.includes('Hangul'),
  ];
  return kinds.filter(Boolean).length > 1;
}

/** The host as the user typed it (Unicode), from the text of an http(s) link; null if there is none. */
function typedHost(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i.exec(url.trim());
  if (!m) return null;
  let host = m[1]!;
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  if (host.startsWith('[')) return null; // an IPv6 address: no letters to confuse
  host = host.replace(/:\d*$/, '');
  try {
    // b%D0%B0ngkok.go.th is bаngkok.go.th to the browser.
    return decodeURIComponent(host);
  } catch {
    return host;
  }
}

function decodeLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  try {
    return punycode.toUnicode(label.toLowerCase());
  } catch {
    return label;
  }
}

export interface LinkView {
  /** What to show: the link as typed, or with its host in punycode when it is a look-alike. */
  text: string;
  /** The host in punycode (ASCII), as the browser will go to it; '' when the link has no host. */
  asciiHost: string;
  lookAlike: boolean;
  /** Thai warning for a look-alike link, naming the scripts mixed; null otherwise. */
  warning: string | null;
}

/** How a link is shown to a user: look-alike domains as punycode with a Thai warning. */
export function viewLink(url: string): LinkView {
  const host = typedHost(url);
  let ascii = '';
  try {
    ascii = host === null ? '' : new URL(url.trim()).hostname;
  } catch {
    ascii = '';
  }
  if (host === null || ascii === '') return { text: url, asciiHost: ascii, lookAlike: false, warning: null };
  const labels = host.split(/[.\u3002\uff0e\uff61]/).map(decodeLabel);
  const perLabel = labels.map(scriptsOf);
  const all = new Set<Script>(perLabel.flatMap((s) => [...s]));
  const mixedLabel = perLabel.some(labelMixes);
  const mixedDomain = all.has('Latin') && [...all].some((s) => !WITH_LATIN.has(s));
  if (!mixedLabel && !mixedDomain) return { text: url, asciiHost: ascii, lookAlike: false, warning: null };
  const names = [...new Set([...all].map((s) => SCRIPT_NAMES[s]))];
  const typed = url.trim();
  const raw = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#\\@]*@)?([^/?#\\:]*)/i.exec(typed)?.[1] ?? '';
  const start = raw ? typed.indexOf(raw) : -1;
  const text = start >= 0 ? typed.slice(0, start) + ascii + typed.slice(start + raw.length) : url;
  return {
    text,
    asciiHost: ascii,
    lookAlike: true,
    warning: lookAlikeWarning(names, ascii),
  };
}

/** The link for a line of plain text (Excel cells): the view's text, and the warning after it. */
export function linkLine(url: string): string {
  const v = viewLink(url);
  return v.warning ? `${v.text}\n(${v.warning})` : url;
}
