// Crash safety: a process saving follow-ups is killed with SIGKILL part-way through 1,000 saves.
// Every save it reported as committed must be in the file afterwards, and the file must be whole.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { makeApi } from '../helpers/api';
import { REPO_ROOT } from '../helpers/tmp';

const WRITER = path.join(__dirname, 'fixtures', 'crashWriter.ts');

interface Committed {
  id: number;
  activityId: number;
  month: string;
  n: number;
}

describe.skipIf(process.platform === 'win32')('crash safety', () => {
  it('SIGKILL in the middle of 1,000 follow-up saves loses no committed save', async () => {
    const t = makeApi();
    await t.api.importSamplePlan({});
    t.db.close();

    const child = spawn('npx', ['tsx', WRITER, t.dbPath, '1000'], {
      cwd: REPO_ROOT,
      // Its own process group: npx, tsx and node all die together with kill(-pid).
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: Committed[] = [];
    let stderr = '';
    let buffered = '';
    let killed = false;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    child.stdout.on('data', (c: Buffer) => {
      buffered += c.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [id, activityId, month, n] = line.split(' ');
        committed.push({ id: Number(id), activityId: Number(activityId), month: month!, n: Number(n) });
      }
      if (!killed && committed.length >= 300) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    });
    const result = await exited;
    expect(killed, `writer ended before 300 saves: ${stderr}`).toBe(true);
    expect(committed.length).toBeGreaterThanOrEqual(300);
    expect(committed.length).toBeLessThan(1000);

    // Reopen as the app would after the crash.
    const db = openDatabase(t.dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const row = db.prepare('SELECT id, activity_id AS activityId, month, qty FROM follow_up WHERE id = ?');
    const lastByKey = new Map<string, Committed>();
    for (const c of committed) lastByKey.set(`${c.activityId} ${c.month}`, c);
    for (const c of committed) {
      const r = row.get(c.id) as { activityId: number; month: string; qty: number } | undefined;
      expect(r, `follow-up ${c.id} (save ${c.n}) is missing`).toBeDefined();
      expect(r).toMatchObject({ activityId: c.activityId, month: c.month });
    }
    // Each follow-up holds at least its last reported save (a later one may have committed unreported).
    for (const c of lastByKey.values()) {
      expect((row.get(c.id) as { qty: number }).qty).toBeGreaterThanOrEqual(c.n);
    }
    const audits = (
      db.prepare("SELECT count(*) AS n FROM audit_log WHERE actor = 'crash-writer'").get() as { n: number }
    ).n;
    expect(audits).toBeGreaterThanOrEqual(committed.length);
    db.close();
    expect(result.signal ?? result.code).toBeTruthy();
  }, 120_000);
});
