// Loaded by the launcher (launch.cjs) before the CLI bundle, as its own small bundle (out/cli/early.cjs):
// for `export … --format pdf` it starts Chromium and opens its page at once, so Chromium's start-up
// overlaps loading the ~4 MB CLI bundle, opening the database and building the report. The CLI's
// pipe printer takes this Chromium (pipeTab.ts takeEarly). When nothing takes it (a wrong argument,
// a missing database), it does not keep the CLI alive and is killed, its profile removed, at exit.
import { pendingEarly, removeProfile, startEarly } from '../reports/pdf/pipeTab';

const VALUE_OPTIONS = new Set(['--db', '--user']);

/** True when the command line asks for a PDF export (`export … --format pdf`); a guess, never an error. */
export function wantsPdf(argv: readonly string[]): boolean {
  if (argv.includes('--help') || argv.includes('-h')) return false;
  const command = argv.find((a, i) => !a.startsWith('-') && !VALUE_OPTIONS.has(argv[i - 1] ?? ''));
  if (command !== 'export') return false;
  return argv.some((a, i) => a === '--format=pdf' || (a === '--format' && argv[i + 1] === 'pdf'));
}

export function startChromiumIfPdf(argv: readonly string[]): void {
  if (!wantsPdf(argv)) return;
  const early = startEarly();
  process.once('exit', () => {
    if (pendingEarly() !== early) return;
    if (!early.browser.killGroup()) early.browser.process.kill('SIGKILL');
    removeProfile(early.profile);
  });
}
