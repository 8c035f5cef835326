import fs from 'node:fs';
import os from 'node:os';
import { isAppError } from '../../core/errors';
import { backupBeforeMigration } from '../../db/backup';
import { acquireDbLock, type FileLock } from '../../db/backup/lock';
import { checkpointNow } from '../../db/checkpoint';
import { openDatabase, type Db } from '../../db/open';
import { dataPaths } from '../../db/paths';
import { createApi } from '../api/createApi';
import { createPipePrinter, type PipePrinter } from '../reports/pdf/pipePrinter';
import { COMMAND_SPECS, UsageError, type CliIo } from './commands';
import { parseCommandLine, writesOf, type CommandSpec } from './spec';
import { CLI_ARGS_WORDS, CLI_HELP, CLI_WORDS } from '../../core/terms';

export type { CliIo } from './commands';

const usageOf = (spec: CommandSpec) => `  ${spec.name} ${spec.usage}`;

export const USAGE = [CLI_HELP.header, '', ...COMMAND_SPECS.map(usageOf), '', CLI_HELP.footer].join('\n');

/**
 * Read commands open the file read-only: never created, migrated, locked or written. Writing commands
 * take the file's lock, may create it, migrate it (a backup first) and run in one transaction, so a
 * command that reports a refusal has written nothing.
 */
function open(spec: CommandSpec, writes: boolean, dbArg: string | undefined): { db: Db; lock?: FileLock } {
  const paths = dataPaths(dbArg);
  // A file named with --db was not necessarily made here: check every page, not only the schema.
  const integrity = !paths.isDefault;
  if (!writes) return { db: openDatabase(paths.dbPath, { readonly: true, integrity }) };
  const lock = acquireDbLock(paths.dbPath, 'cli');
  try {
    const db = openDatabase(paths.dbPath, { integrity, beforeMigration: backupBeforeMigration(paths.backupsDir) });
    return { db, lock };
  } catch (e) {
    lock.release();
    throw e;
  }
}

/** Exit status: 0 done, 1 refused or failed (Thai message on stderr), 2 wrong usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { parsed, help, error } = parseCommandLine(argv, COMMAND_SPECS);
  if (error) {
    io.err(CLI_ARGS_WORDS.wrong(error.message, error.spec ? CLI_WORDS.usage(usageOf(error.spec).trim()) : USAGE));
    return 2;
  }
  if (!parsed) {
    (help ? io.out : io.err)(USAGE);
    return help ? 0 : 2;
  }
  const { spec, values, rest } = parsed;
  if (help) {
    io.out(CLI_WORDS.usage(usageOf(spec).trim()));
    return 0;
  }
  const writes = writesOf(spec, values);
  const dbArg = typeof values.db === 'string' ? values.db : undefined;
  const paths = dataPaths(dbArg);
  // Chromium starts only when a command prints a PDF, and is closed before the CLI exits. A PDF
  // export starts it now, so it boots while the database is opened and the report is built.
  let printer: PipePrinter | undefined;
  if (spec.name === 'export' && values.format === 'pdf') (printer = createPipePrinter()).start();
  let opened: { db: Db; lock?: FileLock };
  try {
    opened = open(spec, writes, dbArg);
  } catch (e) {
    await printer?.close().catch(() => undefined);
    io.err(isAppError(e) ? e.message : CLI_ARGS_WORDS.cannotOpen(String(e)));
    return 1;
  }
  const { db, lock } = opened;
  const transaction = writes && spec.transaction !== false;
  try {
    const api = createApi(db, {
      dbPath: paths.dbPath,
      actor: typeof values.user === 'string' ? values.user : `${os.userInfo().username} (CLI)`,
      appVersion: readVersion(io.appRoot),
      appRoot: io.appRoot,
      backupsDir: paths.backupsDir,
      pdf: () => (printer ??= createPipePrinter()),
    });
    // One connection, one command at a time: the API's own transactions nest inside as savepoints.
    if (transaction) db.exec('BEGIN IMMEDIATE');
    await spec.run(api, { values, rest }, io);
    if (transaction) db.exec('COMMIT');
    return 0;
  } catch (e) {
    if (transaction && db.inTransaction) db.exec('ROLLBACK');
    if (e instanceof UsageError) {
      io.err(CLI_ARGS_WORDS.withUsage(e.message, usageOf(spec).trim()));
      return 2;
    }
    io.err(isAppError(e) ? e.message : CLI_ARGS_WORDS.failed(String(e)));
    return 1;
  } finally {
    await printer?.close().catch(() => undefined);
    // The .sqlite alone holds every save (db/checkpoint.ts); never waits for a reader such as the app.
    if (writes && db.open) checkpointNow(db);
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
