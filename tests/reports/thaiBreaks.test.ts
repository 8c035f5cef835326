// Thai lines break only between our words (core/thai), with as few elements as cells.ts can: it
// tells Chromium only where its own line breaker would differ. Checked on a corpus of real and
// made-up texts (the sample plan's seed, the plan fixtures, OCR slips, ฯ and ๆ, long words, Thai
// next to digits, Latin and punctuation) laid out by a real Chromium in narrow and wide columns:
// every line starts at one of our word boundaries, never with a mark. And the assumption the few
// elements rest on: Chromium breaks a run of Thai letters only where ICU's word segmenter cuts it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as TERMS from '../../core/terms';
import { COMBINING_MARK, isWordBoundary, THAI_RUN, thaiWords } from '../../core/thai';
import { lineHtml, MAX_KEPT_WORD } from '../../electron/reports/html/cells';
import { documentHtml } from '../../electron/reports/html/document';
import { pageSetup } from '../../electron/reports/html/page';
import { esc, raw } from '../../electron/reports/html/tag';
import { createChromiumPrinter } from '../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../electron/reports/pdf/printer';
import { lineStartsScript, type Box } from '../helpers/lineStarts';
import { REPO_ROOT } from '../helpers/paths';

const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures');

/** Made-up cells: what the seed may lack. */
const MADE_UP = [
  // ฯ and ๆ (ICU alone cuts "สะ|อาดฯ", "งบ|ประ|มาณฯ")
  'รักษาความสะอาดฯ ตามแผนงบประมาณฯและข้อมูลเงินอุดหนุนชุมชนฯ ฯลฯ',
  'เรื่องต่างๆที่เกี่ยวข้อง ต่าง ๆ นานา ทุกวันๆ กรุงเทพฯ ส่งเสริมคุณธรรมฯ',
  'ป้องกันการทุจริตฯ ประพฤติมิชอบฯลฯ และขออนุญาตก่อสร้างฯ ของฝ่ายพัฒนาชุมชนฯ',
  // OCR slips: a vowel or mark cut off its consonant, doubled marks, a stray space
  'เป็ นการประชุม ก ารประชาสัมพันธ์ ประชาสัมพ ันธ์ ดำ เนินการ ความโปร่ งใส',
  'กิจกรรมที่่จะดำเนินการ ผู้มีส่วนได้เสียภายใ น สำนักงานเขตดุสต ่อประชาชน ํา',
  // long words: none cut by ICU, or longer than MAX_KEPT_WORD
  'กกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกกก ฟหกดเาสวงฟหกดเาสวงฟหกดเาสวงฟหกดเาสวง',
  'ศูนย์บริการประชาชนกรุงเทพมหานครสำนักงานเขตดุสิตแขวงวชิรพยาบาล',
  // next to digits, Latin and punctuation
  'ข้อ1ถึงข้อ10 ITAประจำปี2566 (งบประมาณฯ) ๑๕นาที ร้อยละ๘๐ของผู้ตอบแบบสอบถาม',
  'โครงการ"ปลอดภัยไว้ก่อน"ทุกวัน เจ้าหน้าที่/ประชาชน/ผู้รับบริการ ข้อมูล:สถิติ;รายงาน',
  'เผยแพร่ผ่านเว็บไซต์ https://www.bangkok.go.th/dusit/ita/ และเฟซบุ๊กสำนักงานเขต',
];

/** Every string of the app's own wording (core/terms), nested objects and arrays included. */
function termStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v && typeof v === 'object') return Object.values(v).flatMap(termStrings);
  return [];
}

/** The cells of the corpus: each fixture's lines and tab-separated fields, and the app's terms, with Thai in them. */
function corpus(): string[] {
  const files = [
    path.join(FIXTURES, 'seed-dusit-2566.txt'),
    ...fs
      .readdirSync(path.join(FIXTURES, 'plans'))
      .filter((f) => /\.(txt|tsv)$/.test(f))
      .map((f) => path.join(FIXTURES, 'plans', f)),
  ];
  const cells = files.flatMap((f) => fs.readFileSync(f, 'utf8').split(/[\t\r\n]+/));
  return [...new Set([...cells, ...termStrings(TERMS)].map((c) => c.trim()).concat(MADE_UP))].filter((c) =>
    /[\u0E01-\u0E4E]/.test(c),
  );
}

/** Column widths (px): narrower than many words, as wide as a plan's widest column. */
const WIDTHS = [48, 75, 110, 170, 260, 420];

const LINE_STARTS = lineStartsScript('[data-w]');

const setup = pageSetup({
  numerals: 'thai',
  reportFont: 'Sarabun',
  reportTextPt: 16,
  reportTablePt: 14,
  reportMarginMm: 20,
  reportBindingMm: 30,
  pageNumbers: 'fraction',
});

/** Each cell's HTML in a box of each width, in the report's font and CSS (a table cell's padding aside). */
const boxesHtml = (cells: string[], form: (cell: string) => string) =>
  documentHtml({
    title: 'corpus',
    setup,
    body: raw(
      cells
        .flatMap((c) =>
          WIDTHS.map((w) => `<div data-w style="width:${w}px;font-size:${setup.tablePt}pt">${form(c)}</div>`),
        )
        .join(''),
    ),
  });

/** Our word around offset k of the text (the Thai run's word k falls inside), if any. */
function wordAt(text: string, k: number): string | null {
  for (const m of text.matchAll(THAI_RUN)) {
    if (k <= m.index || k >= m.index + m[0].length) continue;
    let at = m.index;
    for (const w of thaiWords(m[0])) {
      if (k > at && k < at + w.length) return w;
      at += w.length;
    }
  }
  return null;
}

/** A line start that is not one of our word boundaries (or that starts with a mark). */
interface Slip {
  text: string;
  width: number;
  at: number;
  word: string | null;
}

function slipsOf(boxes: Box[]): Slip[] {
  const out: Slip[] = [];
  for (const b of boxes) {
    for (const k of b.starts) {
      const mark = COMBINING_MARK.test(b.text[k] ?? '');
      if (!mark && isWordBoundary(b.text.slice(0, k), b.text.slice(k))) continue;
      out.push({ text: b.text, width: b.width, at: k, word: wordAt(b.text, k) });
    }
  }
  return out;
}

let printer: PdfPrinter;
beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(() => printer.close());

/** Lays the corpus out in every width (in documents of 150 cells) and returns the boxes. */
async function layOut(cells: string[], form: (cell: string) => string): Promise<Box[]> {
  const out: Box[] = [];
  for (let i = 0; i < cells.length; i += 150) {
    const r = JSON.parse(await printer.evaluate(boxesHtml(cells.slice(i, i + 150), form), LINE_STARTS)) as {
      boxes: Box[];
    };
    out.push(...r.boxes);
  }
  return out;
}

describe('Thai line breaks in a real Chromium', () => {
  const cells = corpus();

  it('the corpus is the sample plan and more: 1,500 cells and more', () => {
    expect(cells.length).toBeGreaterThan(1000);
    expect(cells).toContain(MADE_UP[0]);
  });

  it('every line starts at one of our word boundaries, never with a mark, in narrow and wide columns', async () => {
    const boxes = await layOut(cells, (c) => lineHtml(c).value);
    expect(boxes.length).toBe(cells.length * WIDTHS.length);
    const lines = boxes.reduce((n, b) => n + b.starts.length, 0);
    expect(lines).toBeGreaterThan(20_000);
    // Words longer than MAX_KEPT_WORD are left to Chromium, which may cut them where they must.
    const real = slipsOf(boxes).filter((s) => s.word === null || s.word.length <= MAX_KEPT_WORD);
    const shown = real.slice(0, 5).map((s) => `${s.width}px: ${s.text.slice(0, s.at)}|${s.text.slice(s.at)}`);
    expect(shown).toEqual([]);
  }, 240_000);

  it('fails without the protection: the same cells as plain text break inside words', async () => {
    const slips = slipsOf(await layOut(cells, esc));
    expect(slips.length).toBeGreaterThan(10);
    expect(slips.map((s) => s.word)).toContain('สะอาดฯ');
  }, 240_000);

  it("Chromium breaks a run of Thai letters only where ICU's word segmenter cuts it", async () => {
    const runs = [...new Set(cells.flatMap((c) => [...c.matchAll(THAI_RUN)].map((m) => m[0])))];
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    // A box of no width takes every break opportunity; overflow-wrap: normal keeps words whole.
    const html = `<!doctype html><html lang="th"><head><meta charset="utf-8"></head><body style="overflow-wrap:normal">${runs
      .map((r) => `<div data-w style="width:0">${r}</div>`)
      .join('')}</body></html>`;
    const boxes = (JSON.parse(await printer.evaluate(html, LINE_STARTS)) as { boxes: Box[] }).boxes;
    expect(boxes.length).toBe(runs.length);
    let opportunities = 0;
    const notIcu: string[] = [];
    boxes.forEach((b, i) => {
      const cuts = new Set([...segmenter.segment(runs[i]!)].map((s) => s.index));
      opportunities += b.starts.length;
      for (const k of b.starts) if (!cuts.has(k)) notIcu.push(`${b.text.slice(0, k)}|${b.text.slice(k)}`);
    });
    expect(opportunities).toBeGreaterThan(5_000);
    expect(notIcu).toEqual([]);
  }, 240_000);
});
