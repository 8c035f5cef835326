// Thai has no spaces between words, so inside a run of Thai letters a line may only break where a
// word ends. The words come from Intl.Segmenter (ICU's Thai dictionary, as in Chromium and
// LibreOffice) with its known slips mended: ฯ and ๆ end the word before them (ICU alone splits
// "สะอาดฯ" as สะ|อาดฯ and "งบประมาณฯ" as งบ|ประ|มาณฯ), and a piece that cannot start a word (a
// vowel or mark written after its consonant) joins the word before. Pure.

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** A run of Thai letters, vowels, marks, ฯ and ๆ (no digits, spaces or punctuation). */
export const THAI_RUN = /[\u0E01-\u0E3A\u0E40-\u0E4E]+/g;
/** Characters that never start a word: following vowels, above/below vowels, tone marks, ฯ, ๆ. */
const NO_START = /^[\u0E2F\u0E30-\u0E3A\u0E45-\u0E4E]/;
/** Combining marks (above/below vowels, tone marks): a line must never start with one. */
export const COMBINING_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** Spaces before what must not start a line: ฯ, ๆ ("ต่าง ๆ") or a mark a slip left alone ("ประชาสัมพ ันธ์"). */
export const SPACE_BEFORE_NO_START = new RegExp(`[ \\t]+(?=[ฯๆ]|${COMBINING_MARK.source})`, 'g');

/** One run of Thai letters cut into its words; joining them gives the run back. */
export function thaiWords(run: string): string[] {
  return cutRun(run, null);
}

/** thaiWords; `icuCuts`, when given, gets where ICU alone cuts the whole run (ends of its segments). */
function cutRun(run: string, icuCuts: Set<number> | null): string[] {
  const out: string[] = [];
  const marked = /[ฯๆ]/.test(run);
  for (const chunk of marked ? run.split(/(?<=[ฯๆ])/) : [run]) {
    // ICU misreads a word with ฯ or ๆ attached: segment without them, then give them back.
    const marks = /[ฯๆ]*$/.exec(chunk)![0];
    const body = chunk.slice(0, chunk.length - marks.length);
    const words: string[] = [];
    for (const { segment, index } of segmenter.segment(body)) {
      if (!marked && index > 0) icuCuts?.add(index);
      if (words.length > 0 && NO_START.test(segment)) words[words.length - 1] += segment;
      else words.push(segment);
    }
    if (marks) {
      if (words.length > 0) words[words.length - 1] += marks;
      else if (out.length > 0) out[out.length - 1] += marks;
      else words.push(marks);
    }
    out.push(...words);
  }
  if (marked && icuCuts) for (const { index } of segmenter.segment(run)) if (index > 0) icuCuts.add(index);
  return out;
}

/** A word of a run, with what a browser breaking lines by ICU alone would get wrong about it. */
export interface RunWord {
  text: string;
  /** ICU alone cuts inside it (a word mended for ฯ, ๆ or a piece that cannot start a word): keep it whole. */
  cutInside: boolean;
  /** A line may break before it (not the run's first word) where ICU alone sees no boundary. */
  breakBefore: boolean;
}

/**
 * A run's words marked against ICU's own cuts of the whole run. Chromium breaks Thai lines with
 * ICU's dictionary, at ICU word boundaries only (at a few of them not: "ดี|พอ" stays "ดีพอ"), never
 * elsewhere: tests/reports/thaiBreaks.test.ts checks it over the seed, the fixtures and the app's
 * terms. So only where ours differ does the browser need telling. In the app the HTML is built in
 * Electron's Node, which runs on the ICU of Electron's Chromium (electron/electron#2563).
 */
export function thaiRunWords(run: string): RunWord[] {
  const cuts = new Set<number>();
  const words = cutRun(run, cuts);
  const out: RunWord[] = [];
  let at = 0;
  for (const text of words) {
    let inside = false;
    for (let k = at + 1; k < at + text.length && !inside; k++) inside = cuts.has(k);
    out.push({ text, cutInside: inside, breakBefore: at > 0 && !cuts.has(at) });
    at += text.length;
  }
  return out;
}

/** A piece of text: a Thai run cut into words, or anything else as it is. */
export type ThaiRun<W = string> = { text: string } | { words: W[] };

/** The text as runs: Thai runs cut into words (`words`, by `cut`: thaiWords), everything else as it is (`text`). */
export function thaiRuns(text: string): ThaiRun[];
export function thaiRuns<W>(text: string, cut: (run: string) => W[]): ThaiRun<W>[];
export function thaiRuns(text: string, cut: (run: string) => unknown[] = thaiWords): ThaiRun<unknown>[] {
  const out: ThaiRun<unknown>[] = [];
  let at = 0;
  for (const m of text.matchAll(THAI_RUN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ words: cut(m[0]) });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** True when a line may break between `before` and `after` (the end and the start of two lines). */
export function isWordBoundary(before: string, after: string): boolean {
  const tail = /[\u0E01-\u0E3A\u0E40-\u0E4E]+$/.exec(before)?.[0] ?? '';
  const head = /^[\u0E01-\u0E3A\u0E40-\u0E4E]+/.exec(after)?.[0] ?? '';
  if (tail === '' || head === '') return true;
  let at = 0;
  for (const w of thaiWords(tail + head)) {
    at += w.length;
    if (at === tail.length) return true;
    if (at > tail.length) return false;
  }
  return false;
}
