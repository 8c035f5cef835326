// Hostile plan text (importPlanText): refused with a Thai message and nothing written, or imported
// with the hostile part neutralised (formula text stays text, controls and direction overrides gone,
// emoji kept exactly).
import crypto from 'node:crypto';
import { describe, expect } from 'vitest';
import type { Activity } from '../../core/types';
import { makeApi, type TestApi } from '../helpers/api';
import { sampleText } from '../helpers/tmp';
import { EMOJI, expectRefused, FORMULA, hostileCase, RLO, UNSAFE_CHARS } from './harness';

const HEADER =
  'ตัวชี้วัด\tประเด็นที่ต้องเตรียมความพร้อม/ ยกระดับ\tกิจกรรมที่จะดำเนินการ\tผลผลิต\tวิธีการสร้าง การรับรู้\tระยะเวลา แล้วเสร็จ\tผู้รับผิดชอบ\tระยะเวลา กำกับติดตาม โดย ผอ.เขต';
const MARK = 'กิจกรรมทดสอบพิเศษ';

/** The sample with `inject` put in front of the first activity cell, after a marker word. */
function sampleWith(inject: string): string {
  const lines = sampleText().split('\n');
  const i = lines.findIndex((l) => {
    const cols = l.split('\t');
    return cols.length === 8 && !cols[0]!.startsWith('ตัวชี้วัด') && cols[2]!.trim() !== '';
  });
  const cols = lines[i]!.split('\t');
  cols[2] = `- ${MARK} ${inject} ${cols[2]}`;
  lines[i] = cols.join('\t');
  return lines.join('\n');
}

async function withSample(): Promise<TestApi> {
  const t = makeApi();
  await t.api.importSamplePlan({});
  return t;
}

async function importedActivity(t: TestApi, text: string): Promise<Activity> {
  const r = await t.api.importPlanText({ text });
  const plan = await t.api.getPlan({ planId: r.plan!.id });
  const acts = plan.indicators.flatMap((i) => i.items.flatMap((it) => it.activities));
  const a = acts.find((x) => x.text.includes(MARK));
  expect(a, 'the marked activity').toBeDefined();
  return a!;
}

const refusals: [string, () => string, RegExp?][] = [
  [
    'truncated in the middle of a UTF-8 character (U+FFFD run)',
    () => sampleText().slice(0, 3000) + '\uFFFD'.repeat(40),
  ],
  ['random binary decoded as latin1', () => crypto.randomBytes(64 * 1024).toString('latin1'), /ไบนารี|อ่านไม่ได้/],
  ['NUL bytes in the middle of a valid plan', () => sampleWith('ก\u0000ข'), /NUL/],
  [
    'a UTF-16 file read as UTF-8 (NUL between every letter)',
    () => Buffer.from(sampleText(), 'utf16le').toString('latin1'),
    /NUL|ไบนารี/,
  ],
  ['wrong number of columns', () => `${HEADER}\nI1 คำถาม\tประเด็น\tกิจกรรม\n`, /คอลัมน์/],
  ['100,000 rows of junk items', () => HEADER + '\n' + 'I99\tx\tx\tx\tx\tx\tx\tx\n'.repeat(100_000)],
  ['4 million empty lines and a header', () => '\n'.repeat(4_000_000) + HEADER + '\n'],
  ['6 MB of text (over the 5 MB limit)', () => sampleText() + 'ก'.repeat(2 * 1024 * 1024), /5 MB/],
  ['a 1 MB cell', () => sampleWith('ข้อความยาวมาก '.repeat(75_000)), /ยาวเกิน/],
];

const neutralised: [string, string, (a: Activity) => void][] = [
  ['formula text stays plain text', FORMULA, (a) => expect(a.text).toContain(FORMULA)],
  ['emoji (with ZWJ sequences and skin tones) kept exactly', EMOJI, (a) => expect(a.text).toContain(EMOJI)],
  [
    'RTL override and isolate marks removed',
    `ผล${RLO}exe.pdf\u2066x\u2069`,
    (a) => {
      expect(a.text).not.toMatch(UNSAFE_CHARS);
      expect(a.text).toContain('ผลexe.pdfx');
    },
  ],
  [
    'a few control characters removed, the text kept',
    'ก\u0007ข\u001bค\u0008ง',
    (a) => {
      expect(a.text).not.toMatch(UNSAFE_CHARS);
      expect(a.text).toContain('กขคง');
    },
  ],
  [
    'HTML/script markup stripped to text',
    '<script>alert(1)</script><img src=x onerror=alert(1)>',
    (a) => expect(a.text).not.toMatch(/[<>]/),
  ],
];

describe('hostile plan text', () => {
  for (const [name, make, pattern] of refusals) {
    hostileCase(`plan text refused: ${name}`, async () => {
      const t = await withSample();
      await expectRefused(t, () => t.api.importPlanText({ text: make(), fiscalYear: 2567 }), pattern);
    });
  }

  for (const [name, inject, check] of neutralised) {
    hostileCase(`plan text neutralised: ${name}`, async () => {
      check(await importedActivity(makeApi(), sampleWith(inject)));
    });
  }

  hostileCase('plan text with a BOM and CRLF line ends imports exactly like the plain text', async () => {
    const plain = await makeApi().api.importPlanText({ text: sampleText(), dryRun: true });
    const crlf = await makeApi().api.importPlanText({ text: '\uFEFF' + sampleText().replace(/\n/g, '\r\n') });
    expect(crlf.itemCount).toBe(plain.itemCount);
    expect(crlf.activityCount).toBe(plain.activityCount);
    expect(crlf.codes).toEqual(plain.codes);
  });
});
