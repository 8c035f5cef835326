// Issue 12, point 4: a command that reports a refusal has written nothing. A CLI writing command is
// one transaction (electron/cli/run.ts) however many API calls it makes; every row of every table is
// compared before and after (tests/helpers/fingerprint.ts), audit log included.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { fingerprint } from '../helpers/fingerprint';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), appRoot: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function sample() {
  const dir = tmpDir();
  const db = path.join(dir, 'ita.sqlite');
  expect((await cli('--db', db, 'import-sample')).code).toBe(0);
  const bad = path.join(dir, 'โปรแกรม.pdf');
  fs.writeFileSync(bad, Buffer.from('MZ\x90\x00 not a pdf at all'));
  const good = path.join(dir, 'หลักฐาน.pdf');
  fs.writeFileSync(good, Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n'));
  return { dir, db, bad, good };
}

const SET = [
  'followup',
  'set',
  '--year',
  '2566',
  '--item',
  'O1',
  '--activity',
  '1',
  '--month',
  '2023-03',
  '--status',
  'done',
];

describe('a refused CLI command writes nothing (one transaction per command)', () => {
  it('followup set … --file BAD exits 1 and saves neither the follow-up nor the link nor an audit entry', async () => {
    const { db, bad } = await sample();
    const before = fingerprint(db);
    const r = await cli(
      '--db',
      db,
      ...SET,
      '--qty',
      '1',
      '--result',
      'เผยแพร่แล้ว',
      '--url',
      'https://www.bangkok.go.th/dusit',
      '--file',
      bad,
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ไฟล์|ชนิด/);
    expect(fingerprint(db)).toBe(before);
  });

  it.each([
    ['a link that is not http(s)', ['--url', 'javascript:alert(1)']],
    ['a file that does not exist', ['--file', '/nonexistent/หลักฐาน.pdf']],
    ['a bad link after a good file', ['--file', 'GOOD', '--url', 'ftp://example.com/x']],
    ['a bad file after a good link', ['--url', 'https://example.com/a', '--file', 'BAD']],
  ])('followup set with %s: exit 1, nothing saved', async (_label, extra) => {
    const { db, bad, good } = await sample();
    const args = extra.map((a) => (a === 'BAD' ? bad : a === 'GOOD' ? good : a));
    const before = fingerprint(db);
    const r = await cli('--db', db, ...SET, '--result', 'ผล', ...args);
    expect(r.code).not.toBe(0);
    expect(fingerprint(db)).toBe(before);
  });

  it('the same command with good parts saves the follow-up, the link and the file together', async () => {
    const { db, good } = await sample();
    const r = await cli('--db', db, ...SET, '--url', 'https://example.com/a', '--file', good, '--json');
    expect(r.code).toBe(0);
    const saved = JSON.parse(r.out) as { status: string; evidence: { kind: string }[] };
    expect(saved.status).toBe('done');
    expect(saved.evidence.map((e) => e.kind).sort()).toEqual(['file', 'url']);
  });

  it('import-text refused part-way (a year that exists) and import-plan-xlsx with a bad file write nothing', async () => {
    const { dir, db } = await sample();
    const before = fingerprint(db);
    const again = await cli('--db', db, 'import-sample');
    expect(again.code).toBe(1);
    const junk = path.join(dir, 'แผน.xlsx');
    fs.writeFileSync(junk, 'not a workbook');
    expect((await cli('--db', db, 'import-plan-xlsx', '--year', '2566', junk)).code).toBe(1);
    expect(fingerprint(db)).toBe(before);
  });
});
