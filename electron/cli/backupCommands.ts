// Commands for backups: backup to a file, restore from one (with a question unless --yes).
import path from 'node:path';
import { AppError } from '../../core/errors';
import { print, str, UsageError, type Command } from './shared';
import { s, type CommandSpec } from './spec';
import { CLI_BACKUP_WORDS as SAY, CLI_USAGE, PLAN_WORDS, REPORT_TERMS, UI_WORDS } from '../../core/terms';

function askStdin(question: string): Promise<string | null> {
  process.stdout.write(question);
  return new Promise((resolve) => {
    let text = '';
    const stdin = process.stdin;
    const done = (answer: string | null) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.pause();
      resolve(answer);
    };
    const onData = (c: Buffer) => {
      text += c.toString('utf8');
      const nl = text.indexOf('\n');
      if (nl >= 0) done(text.slice(0, nl));
    };
    const onEnd = () => done(text.length ? text : null);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}

const backup: Command = async (api, { values }, io) => {
  const out = str(values, 'out');
  const r = out === undefined ? await api.backupNow({}) : await api.backupToFile({ path: path.resolve(out) });
  if (values.json) return print(io, r);
  io.out(SAY.backedUp(r.path, Math.ceil(r.bytes / 1024)));
};

/** What a backup file holds, in the words the settings screen uses. */
export function describeBackup(info: {
  office: string;
  fiscalYears: number[];
  lastChange: string | null;
  schemaVersion: number;
  planCount: number;
  followUpCount: number;
}): string[] {
  const years = info.fiscalYears.map((y) => `${REPORT_TERMS.yearOf} ${y}`).join(', ');
  return [
    SAY.office(info.office),
    SAY.fiscalYears(years || PLAN_WORDS.noPlan),
    UI_WORDS.backupHolds(String(info.planCount), String(info.followUpCount)),
    SAY.lastChange(info.lastChange),
    SAY.schemaVersion(info.schemaVersion),
  ];
}

const restore: Command = async (api, { values, rest }, io) => {
  const file = rest[0];
  if (!file) throw new UsageError(SAY.needFile);
  const full = path.resolve(file);
  const info = await api.inspectBackupFile({ path: full });
  io.out(SAY.holds(full));
  for (const line of describeBackup(info)) io.out(`  ${line}`);
  if (values.yes !== true) {
    const answer = await (io.ask ?? askStdin)(SAY.ask);
    if (!/^\s*(y|yes|ใช่)\s*$/i.test(answer ?? '')) {
      throw new AppError('conflict', SAY.cancelled);
    }
  }
  const r = await api.restoreBackup({ path: full });
  if (values.json) return print(io, r);
  io.out(SAY.restored(r.safetyBackup.path));
};

export const BACKUP_SPECS: readonly CommandSpec[] = [
  {
    name: 'backup',
    usage: CLI_USAGE.backup,
    options: { out: s },
    // Reads the database; the copy is a new file, never the data file.
    writes: false,
    run: backup,
  },
  {
    name: 'restore',
    usage: CLI_USAGE.restore,
    options: { yes: { type: 'boolean', short: 'y', default: false } },
    positionals: [1, 1],
    writes: true,
    // One online-backup step replaces every page at once; it cannot run inside a transaction.
    transaction: false,
    run: restore,
  },
];
