// import-plan from the CLI, for each file type offices have, and the criteria-set commands: the same
// API as the app, Thai output, exit codes, a refused import leaving the database as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { fingerprint } from '../helpers/fingerprint';
import { planDocx } from '../helpers/planDocx';
import { REPO_ROOT, SAMPLE_FILE, tmpDbPath, tmpDir } from '../helpers/tmp';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/plans');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('import-plan', () => {
  it.each([
    ['the sample .txt', SAMPLE_FILE, [], 'สำนักงานเขตดุสิต ปีงบประมาณ พ.ศ. 2566 — 70 ข้อ 112 กิจกรรม (ตารางข้อความ)'],
    [
      'a .tsv with tick columns',
      path.join(FIXTURES, 'ticks-two-row-header-2570.tsv'),
      [],
      'สำนักงานเขตคลองเตย ปีงบประมาณ พ.ศ. 2570 — 4 ข้อ 4 กิจกรรม',
    ],
    [
      'Word clipboard .html',
      path.join(FIXTURES, 'word-clipboard-2570.html'),
      ['--year', '2570', '--office', 'สำนักงานเขตบางรัก'],
      '3 ข้อ 5 กิจกรรม (HTML)',
    ],
  ])('reads %s and prints what it read, then imports it', async (_name, file, extra, summary) => {
    const db = tmpDbPath();
    expect((await cli('--db', db, 'migrate')).code).toBe(0); // a dry run reads: the file must exist
    const before = fingerprint(db);
    const dry = await cli('--db', db, 'import-plan', file, ...extra, '--dry-run');
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(`ตรวจสอบแล้ว (ยังไม่บันทึก): `);
    expect(dry.out).toContain(summary);
    expect(dry.out).toMatch(/คอลัมน์ที่อ่าน: "ตัวชี้วัด|คอลัมน์ที่อ่าน: "ลำดับ" → ลำดับ \(ไม่นำเข้า\)/);
    expect(fingerprint(db)).toBe(before); // a dry run writes nothing
    const r = await cli('--db', db, 'import-plan', file, ...extra);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`นำเข้าแล้ว: `);
    const list = JSON.parse((await cli('--db', db, 'list-plans', '--json')).out) as unknown[];
    expect(list).toHaveLength(1);
  });

  it('prints each problem after its line and column; --json keeps the line apart from the message', async () => {
    const db = tmpDbPath();
    await cli('--db', db, 'migrate');
    const text = await cli('--db', db, 'import-plan', SAMPLE_FILE, '--dry-run');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^ {2}.*บรรทัด 19, คอลัมน์ ระยะเวลาแล้วเสร็จ: ข้อ I5: /m);
    const json = JSON.parse((await cli('--db', db, 'import-plan', SAMPLE_FILE, '--dry-run', '--json')).out) as {
      problems: { line: number; column?: string; message: string }[];
    };
    expect(json.problems.find((p) => p.line === 19)).toMatchObject({
      column: 'ระยะเวลาแล้วเสร็จ',
      message: expect.stringMatching(/^ข้อ I5: /),
    });
    expect(json.problems.filter((p) => /^(บรรทัด|แถว)\s*[0-9๐-๙]/.test(p.message))).toEqual([]);
  });

  it('reads a real .docx, prints its structure and the joins, as JSON too', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'แผนราชเทวี.docx');
    fs.writeFileSync(file, await planDocx());
    await cli('--db', path.join(dir, 'ita.sqlite'), 'migrate');
    const r = await cli('--db', path.join(dir, 'ita.sqlite'), 'import-plan', file, '--dry-run', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { codes: string[]; preview: { source: string; tools: { code: string }[] } };
    expect(result.codes).toEqual(['I1', 'I2', 'O1']);
    expect(result.preview.source).toBe('docx');
    expect(result.preview.tools.map((t) => t.code)).toEqual(['IIT', 'OIT']);
    const text = await cli('--db', path.join(dir, 'ita.sqlite'), 'import-plan', file, '--dry-run');
    expect(text.out).toContain('(เอกสาร Word)');
    expect(text.out).toContain('ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน');
  });

  it('keeps every wrap space with --keep-spaces all, and ties the plan to a criteria set', async () => {
    const db = tmpDbPath();
    const r = await cli(
      '--db',
      db,
      'import-plan',
      SAMPLE_FILE,
      '--keep-spaces',
      'all',
      '--criteria',
      'bkk-district-2566',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/เชื่อมคำที่ถูกตัดด้วยช่องว่าง 0 แห่ง \(คงช่องว่างไว้ \d+ แห่ง\)/);
    expect(r.out).toContain('ตามเกณฑ์ "เกณฑ์ ITA สำนักงานเขต กรุงเทพมหานคร ปีงบประมาณ พ.ศ. 2566": แผนนี้มี 70 จาก 70 ข้อ');
    const show = JSON.parse((await cli('--db', db, 'show-plan', '2566', '--json')).out) as {
      indicators: { items: { activities: { text: string }[] }[] }[];
    };
    expect(show.indicators[0]!.items[0]!.activities[0]!.text).toBe('ประชุมชี้แจงเจ้าหน้าที่เรื่อง การให้บริการ โดยผู้อำนวยการ เขต');
  });

  it('refuses an unknown header (exit 1, Thai, every column named) and leaves the file as it was', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'ita.sqlite');
    await cli('--db', db, 'import-sample');
    const before = fingerprint(db);
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, fs.readFileSync(path.join(FIXTURES, 'newer-year-2570.txt'), 'utf8').replace('ผลผลิต', 'สีปก'));
    const r = await cli('--db', db, 'import-plan', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ไม่รู้จักคอลัมน์ "สีปก" — คอลัมน์ที่พบ: .*คอลัมน์ที่อ่านได้: /);
    expect(fingerprint(db)).toBe(before);
    const missing = await cli('--db', db, 'import-plan', path.join(dir, 'nope.docx'));
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('อ่านไฟล์')]);
  });
});

describe('criteria sets and new plans from the CLI', () => {
  it('lists, saves a plan as a set, exports and loads it, and starts a plan from it', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'ita.sqlite');
    await cli('--db', db, 'migrate');
    const list = await cli('--db', db, 'criteria', 'list');
    expect(list.out).toContain(
      'bkk-district-2566  เกณฑ์ ITA สำนักงานเขต กรุงเทพมหานคร ปีงบประมาณ พ.ศ. 2566  (IIT, EIT, OIT; 10 ตัวชี้วัด 70 ข้อ)  [มากับโปรแกรม]',
    );
    await cli('--db', db, 'import-plan', path.join(FIXTURES, 'moit-12-indicators-2570.txt'));
    const saved = await cli(
      '--db',
      db,
      'criteria',
      'save',
      '--year',
      '2570',
      '--id',
      'bangsue-moit-2571',
      '--name',
      'เกณฑ์ MOIT 2571',
    );
    expect([saved.code, saved.out]).toEqual([0, expect.stringContaining('bangsue-moit-2571')]);
    const out = path.join(dir, 'set.json');
    expect((await cli('--db', db, 'criteria', 'export', 'bangsue-moit-2571', '--out', out)).code).toBe(0);
    const body = JSON.parse(fs.readFileSync(out, 'utf8')) as { id: string; tools: { indicators: unknown[] }[] };
    expect(body.tools[0]!.indicators).toHaveLength(12);
    fs.writeFileSync(out, JSON.stringify({ ...body, id: 'moit-2572', name: 'เกณฑ์ MOIT 2572' }));
    expect((await cli('--db', db, 'criteria', 'load', out)).out).toContain('moit-2572');
    const created = await cli('--db', db, 'create-plan', '--year', '2572', '--criteria', 'moit-2572', '--with-items');
    expect(created.out).toContain('(22 ข้อ)');
    const empty = await cli('--db', db, 'create-plan', '--year', '2573', '--empty', '--json');
    expect(JSON.parse(empty.out)).toMatchObject({ fiscalYear: 2573, itemCount: 0, criteriaSet: null });
  });
});
