// The director's overview prints on ONE A4 page whatever the divisions (issue 13 point 6): 40
// divisions with long Thai names, each with something due and unreported in the month, printed by
// Chromium through the CLI; poppler says one page and finds every division's name; page 1 is
// rendered to PNG (tests/artifacts/overview-40-divisions.png) to be looked at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { makeApi } from '../helpers/api';
import { ARTIFACTS } from '../e2e/browser';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

const MARCH = '2023-03';
const KINDS = ['การคลัง', 'รายได้', 'ทะเบียน', 'โยธา', 'สิ่งแวดล้อมและสุขาภิบาล', 'รักษาความสะอาดและสวนสาธารณะ'];
const UNITS = ['งานบริหารทั่วไป', 'งานพัฒนาชุมชนและสวัสดิการสังคม', 'งานเทศกิจและความปลอดภัย', 'งานส่งเสริมสุขภาพ', 'งานประชาสัมพันธ์'];

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the overview on one page with many divisions', () => {
  it('fits 40 divisions with long names on one A4 page, every name still in the text', async () => {
    const t = makeApi();
    const planId = (await t.api.importSamplePlan({})).plan!.id;
    const due = await t.api.listMonth({ planId, month: MARCH });
    const have = (await t.api.listDivisions({})).length;
    const names: string[] = [];
    for (let i = 0; names.length < 40 - have; i++) {
      names.push(`ฝ่าย${KINDS[i % KINDS.length]} (${UNITS[Math.floor(i / KINDS.length) % UNITS.length]})`);
    }
    for (const [i, name] of names.entries()) {
      const d = await t.api.addDivision({ name });
      const row = due[i % due.length]!;
      const a = (await t.api.getPlan({ planId })).indicators
        .flatMap((x) => x.items.flatMap((it) => it.activities))
        .find((x) => x.id === row.activityId)!;
      await t.api.updateActivity({ activityId: a.id, allDivisions: false, divisionIds: [...a.divisionIds, d.id] });
    }
    const divisions = await t.api.listDivisions({});
    expect(divisions).toHaveLength(40);
    t.db.close();

    const dir = tmpDir();
    const pdf = path.join(dir, 'overview.pdf');
    const r = await cli(
      '--db',
      t.dbPath,
      'export',
      '--report',
      'overview',
      '--year',
      '2566',
      '--month',
      MARCH,
      '--format',
      'pdf',
      '--out',
      pdf,
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ pages: 1 });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const listed = divisions.filter((d) => text.includes(d.name.replace(/\s+/g, '')));
    expect(listed.map((d) => d.name)).toEqual(divisions.map((d) => d.name));
    expect(text).toContain('ฝ่ายที่ยังรายงานผลของเดือนนี้ไม่ครบ');
    // Readable: the smallest type on the page is no smaller than the fitting floor (Sarabun 6 pt).
    const sizes = [
      ...execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).matchAll(
        /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g,
      ),
    ].map((m) => Number(m[2]) - Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThan(6);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', pdf, path.join(ARTIFACTS, 'overview-40-divisions')]);
  });
});
