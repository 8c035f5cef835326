// Where a laid-out element's lines start, read the slow sure way: every letter asked for its box (a
// letter lower than the line before starts a line). Tests hold what the reports' measuring and
// line breaking do against it.

import { MEASURE_READY } from '../../electron/reports/html/document';

/**
 * In the page (a measuring document too: MEASURE_READY lets it be laid out): for each element matching `selector`, its text and the offsets (into its text)
 * where its second, third… lines start; and its width. Resolves with JSON: `{ boxes: Box[] }`.
 */
export const lineStartsScript = (selector: string) => `${MEASURE_READY}.then(() => {
  const range = document.createRange();
  const boxes = [...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => {
    const starts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let offset = 0;
    let last = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) {
        if (/\\s/.test(n.data[i])) continue;
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        if (!r) continue;
        if (last !== null && r.top > last + 2) starts.push(offset + i);
        if (last === null || r.top > last + 2) last = r.top;
      }
      offset += n.data.length;
    }
    return { text: el.textContent, starts, width: el.clientWidth };
  });
  return JSON.stringify({ boxes });
})`;

export interface Box {
  text: string;
  starts: number[];
  width: number;
}
