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

/** One run of Thai letters cut into its words; joining them gives the run back. */
export function thaiWords(run: string): string[] {
  const out: string[] = [];
  for (const chunk of run.split(/(?<=[ฯๆ])/)) {
    // ICU misreads a word with ฯ or ๆ attached: segment without them, then give them back.
    const marks = /[ฯๆ]*$/.exec(chunk)![0];
    const body = chunk.slice(0, chunk.length - marks.length);
    const words: string[] = [];
    for (const { segment } of segmenter.segment(body)) {
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
  return out;
}

/** The text as runs: Thai runs cut into words (`words`), everything else as it is (`text`). */
export function thaiRuns(text: string): ({ text: string } | { words: string[] })[] {
  const out: ({ text: string } | { words: string[] })[] = [];
  let at = 0;
  for (const m of text.matchAll(THAI_RUN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ words: thaiWords(m[0]) });
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
