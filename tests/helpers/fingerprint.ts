// "Unchanged" means exactly that: every row of every table (found in sqlite_master, so tables added
// later are covered too), hashed through a second, read-only connection.
import crypto from 'node:crypto';
import { peek } from './api';

export function fingerprint(dbPath: string): string {
  const db = peek(dbPath);
  try {
    const tables = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    const h = crypto.createHash('sha256');
    for (const t of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`)
        .all()
        .map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
      h.update(t + '\u0000' + rows.sort().join('\n'));
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}
