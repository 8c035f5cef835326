// Issue 12, point 8: the data is one file a user can copy. While the app is open (a child process
// with the database open and the checkpointer running), a copy of the .sqlite alone — no -wal beside
// it — made a moment after the last save holds every save; and after the app closes no -wal is left.
// Waits are by condition: the copy is made again until it is complete, within a deadline.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointNow, startCheckpointer } from '../../db/checkpoint';
import { makeApi } from '../helpers/api';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

const PROGRAM = path.join(REPO_ROOT, 'tests', 'safety', 'fixtures', 'appSaves.ts');
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

function startApp(dbPath: string, mode?: 'none') {
  const child = spawn(process.execPath, ['--import', 'tsx', PROGRAM, dbPath, ...(mode ? [mode] : [])], {
    cwd: REPO_ROOT,
  });
  children.push(child);
  let buffer = '';
  const waiters: { match: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout.on('data', (c: Buffer) => {
    buffer += c.toString();
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const i = waiters.findIndex((w) => w.match.test(line));
      if (i >= 0) waiters.splice(i, 1)[0]!.resolve(line);
    }
  });
  const send = (line: string, answer: RegExp) =>
    new Promise<string>((resolve) => {
      waiters.push({ match: answer, resolve });
      child.stdin.write(`${line}\n`);
    });
  return { child, send };
}

/**
 * The saves found in a copy of the .sqlite alone (as a user copying the file would get it); -1 for a
 * copy torn by a checkpoint running while it was copied (the moment is not yet quiet).
 */
function savesInCopyOf(dbPath: string): number {
  const dir = tmpDir();
  const copy = path.join(dir, 'copy.sqlite');
  fs.copyFileSync(dbPath, copy);
  const db = new Database(copy, { readonly: true });
  try {
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') return -1;
    return (db.prepare("SELECT count(*) AS n FROM follow_up WHERE result LIKE 'บันทึกที่ %'").get() as { n: number }).n;
  } catch (e) {
    if (String((e as { code?: string }).code).startsWith('SQLITE_CORRUPT')) return -1;
    throw e;
  } finally {
    db.close();
  }
}

/** Polls until the copy holds `n` saves; returns the last count seen (the deadline is generous). */
async function copyHolds(dbPath: string, n: number, deadlineMs = 15_000): Promise<number> {
  const end = Date.now() + deadlineMs;
  let seen = savesInCopyOf(dbPath);
  while (seen !== n && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    seen = savesInCopyOf(dbPath);
  }
  return seen;
}

async function sampleFile(): Promise<string> {
  const t = makeApi();
  await t.api.importSamplePlan({});
  t.db.close();
  return t.dbPath;
}

describe('the .sqlite alone is complete a moment after the last save', () => {
  it('while the app stays open: every save of each burst is in a plain copy of the file; on close no -wal is left', async () => {
    const dbPath = await sampleFile();
    const app = startApp(dbPath);
    expect(await app.send('save 25', /^saved /)).toBe('saved 25');
    expect(fs.statSync(`${dbPath}-wal`).size).toBeGreaterThan(0);
    expect(await copyHolds(dbPath, 25)).toBe(25);
    expect(await app.send('save 40', /^saved /)).toBe('saved 65');
    expect(await copyHolds(dbPath, 65)).toBe(65);
    expect(await app.send('quit', /^closed$/)).toBe('closed');
    expect(fs.existsSync(`${dbPath}-wal`) ? fs.statSync(`${dbPath}-wal`).size : 0).toBe(0);
    expect(savesInCopyOf(dbPath)).toBe(65);
  });

  it('without the checkpointer (the app before this fix) the copy misses the saves: the test can fail', async () => {
    const dbPath = await sampleFile();
    const app = startApp(dbPath, 'none');
    expect(await app.send('save 25', /^saved /)).toBe('saved 25');
    expect(await copyHolds(dbPath, 25, 1_500)).toBe(0);
  });

  it('a reader holding the file does not block the app: the checkpoint is tried again once the reader is done', async () => {
    const t = makeApi();
    await t.api.importSamplePlan({});
    const reader = new Database(t.dbPath, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM plan').get();
    const plan = (await t.api.listPlans({}))[0]!;
    const a = (await t.api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities[0]!;
    await t.api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'done', result: 'บันทึกที่ 1' });
    // Returns at once with "not yet" instead of waiting five seconds for the reader.
    expect(checkpointNow(t.db)).toBe(false);
    const checkpointer = startCheckpointer(t.db, { quietMs: 100, pollMs: 50 });
    reader.exec('COMMIT');
    reader.close();
    expect(await copyHolds(t.dbPath, 1)).toBe(1);
    checkpointer.stop();
    t.db.close();
  });
});
