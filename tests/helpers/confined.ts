// Runs a test program where the world is hostile for real: on a tiny tmpfs that fills up (ENOSPC,
// SQLITE_FULL), on a folder bind-mounted read-only (EROFS: refused even to root), or as the
// unprivileged user `nobody` (EACCES from ordinary permissions, which root would ignore).
//
// The mounts live in a private mount namespace (`unshare -m`, or `unshare -Urm` for a non-root
// developer), so they vanish with the child whatever happens; nothing is mounted on the host. The
// child is a TypeScript program under tests/safety/fixtures run with tsx; it prints one JSON line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './paths';

const isRoot = process.getuid?.() === 0;

function probe(args: string[]): boolean {
  if (process.platform !== 'linux') return false;
  return spawnSync(args[0]!, args.slice(1), { stdio: 'ignore' }).status === 0;
}

const NS = isRoot ? ['unshare', '-m', '--propagation', 'private'] : ['unshare', '-Urm', '--propagation', 'private'];

/** Whether this machine lets a test mount a tmpfs or a read-only bind in a private namespace. */
export const canMount = probe([...NS, 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d"']);
/** Whether a test may run a program as `nobody` (needs root to switch user). */
export const canRunAsNobody = isRoot && probe(['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', 'true']);

export interface ConfinedRun {
  /** Folders to mount a tmpfs of this many KiB on (created by the caller, empty). */
  tmpfs?: { dir: string; kib: number }[];
  /** Folders to make read-only (bind-mounted onto themselves, then remounted ro). */
  readOnly?: string[];
  /** Run the program as nobody:nogroup. */
  asNobody?: boolean;
  /** Shell commands run after mounting, before the program (as root). */
  prelude?: string[];
  /** Program under tests/safety/fixtures, and its arguments. */
  program: string;
  args: string[];
}

export interface ConfinedResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The last line of stdout parsed as JSON. */
  json: Record<string, unknown>;
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function runConfined(run: ConfinedRun): ConfinedResult {
  const setup: string[] = ['set -e'];
  for (const t of run.tmpfs ?? []) setup.push(`mount -t tmpfs -o size=${t.kib}k,mode=1777 tmpfs ${q(t.dir)}`);
  for (const dir of run.readOnly ?? []) {
    setup.push(`mount --bind ${q(dir)} ${q(dir)}`, `mount -o remount,bind,ro ${q(dir)}`);
  }
  setup.push(...(run.prelude ?? []));
  const program = path.join(REPO_ROOT, 'tests', 'safety', 'fixtures', run.program);
  const node = [process.execPath, '--import', 'tsx', program, ...run.args].map(q).join(' ');
  const user = run.asNobody ? 'setpriv --reuid=65534 --regid=65534 --clear-groups ' : '';
  setup.push(`exec ${user}${node}`);
  const mounts = (run.tmpfs?.length ?? 0) + (run.readOnly?.length ?? 0) > 0;
  const argv = mounts ? [...NS, 'sh', '-c', setup.join('\n')] : ['sh', '-c', setup.join('\n')];
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    // nobody has no home: tsx keeps its cache in the temp folder.
    env: { ...process.env, HOME: '/tmp' },
  });
  const lines = (r.stdout ?? '').trim().split('\n');
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
  } catch {
    json = {};
  }
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', json };
}
