import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '../../core/errors';
import { openDatabase } from '../../db/open';
import { createApi } from '../api/createApi';
import { createPipePrinter, type PipePrinter } from '../reports/pdf/pipePrinter';
import { backupBeforeMigration } from '../../db/backup';
import { acquireDbLock, type FileLock } from '../../db/backup/lock';
import { COMMANDS, USAGE, UsageError, writesDatabase, type CliIo } from './commands';
import { defaultDbPath } from './paths';

export type { CliIo } from './commands';

/** Exit status: 0 done, 1 refused or failed (Thai message on stderr), 2 wrong usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        user: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        year: { type: 'string' },
        office: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        item: { type: 'string' },
        activity: { type: 'string' },
        month: { type: 'string' },
        status: { type: 'string' },
        qty: { type: 'string' },
        result: { type: 'string' },
        problems: { type: 'string' },
        reporter: { type: 'string' },
        remark: { type: 'string' },
        url: { type: 'string' },
        file: { type: 'string' },
        report: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        division: { type: 'string' },
        yes: { type: 'boolean', short: 'y', default: false },
      },
    });
  } catch (e) {
    io.err(`คำสั่งไม่ถูกต้อง: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || !name) {
    (name ? io.out : io.err)(USAGE);
    return name || values.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`ไม่รู้จักคำสั่ง "${name}"\n\n${USAGE}`);
    return 2;
  }
  // Chromium starts only when a command prints a PDF, and is closed before the CLI exits. A PDF
  // export starts it now, so it boots while the database is opened and the report is built.
  let printer: PipePrinter | undefined;
  if (name === 'export' && values.format === 'pdf') (printer = createPipePrinter()).start();
  const dbPath = values.db ?? defaultDbPath();
  let db;
  // A writing command takes the file's lock: never two writers (the app, another CLI) at once.
  let lock: FileLock | undefined;
  const backupsDir = path.join(path.dirname(path.resolve(dbPath)), 'backups');
  try {
    if (writesDatabase(name, rest, values)) lock = acquireDbLock(path.resolve(dbPath), 'cli');
    db = openDatabase(dbPath, { beforeMigration: backupBeforeMigration(backupsDir) });
  } catch (e) {
    lock?.release();
    await printer?.close().catch(() => undefined);
    io.err(isAppError(e) ? e.message : `เปิดฐานข้อมูลไม่ได้: ${String(e)}`);
    return 1;
  }
  try {
    const api = createApi(db, {
      dbPath,
      actor: values.user ?? `${os.userInfo().username} (CLI)`,
      appVersion: readVersion(io.appRoot),
      appRoot: io.appRoot,
      backupsDir,
      pdf: () => (printer ??= createPipePrinter()),
    });
    await command(api, { values, rest }, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(isAppError(e) ? e.message : `เกิดข้อผิดพลาด: ${String(e)}`);
    return 1;
  } finally {
    await printer?.close().catch(() => undefined);
    db.close();
    lock?.release();
  }
}

function readVersion(appRoot: string): string {
  try {
    return (JSON.parse(fs.readFileSync(`${appRoot}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
