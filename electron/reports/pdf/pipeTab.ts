// Chromium over the DevTools pipe with one page open (the report printer's, pipePrinter.ts), in its own
// small module so the CLI's launcher can start it before the CLI bundle loads (electron/cli/early.ts):
// Chromium's start-up then overlaps loading the CLI, opening the database and building the report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchOverPipe, type CdpBrowser } from './cdpPipe';
import { CHROMIUM_ARGS, PIPE_ONLY_ARGS, pipeChromiumPath } from './chromiumFlags';

export interface Tab {
  targetId: string;
  sessionId: string;
  frameId: string;
}

export interface PipeTab {
  browser: CdpBrowser;
  /** The throw-away profile folder (ita-chromium-*), removed when the browser is released. */
  profile: string;
  /** The page, once attached, offline, with its Page domain enabled. */
  tab: Promise<Tab>;
}

export interface PipeTabOptions {
  executablePath?: string;
  /** Where the browser's throw-away profile folder (ita-chromium-*) is made; defaultProfileParent() by default. */
  tempParent?: string;
}

/**
 * Where a throw-away profile goes by default: the folder TMPDIR names when it is set, else on Linux
 * the RAM-backed /dev/shm, else the system temp folder. Chromium writes about 125 files (its
 * databases) into a new profile; on a disk under load, removing them before the CLI could exit took
 * 0.2–0.35 s, in RAM about 10 ms.
 */
export function defaultProfileParent(): string {
  if (process.env.TMPDIR || process.platform !== 'linux') return os.tmpdir();
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}

/**
 * Opens a page in the browser: attached, offline, its Page domain enabled; in the browser context
 * `browserContextId` when given (Target.createBrowserContext: a page of another context never shares
 * a renderer process with this one), else in the default one.
 */
export async function openTab(b: CdpBrowser, browserContextId?: string): Promise<Tab> {
  const { targetId } = await b.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
    ...(browserContextId && { browserContextId }),
  });
  const { sessionId } = await b.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  // No network for the report (it is self-contained; its CSP allows nothing but data: fonts).
  const [, , tree] = await Promise.all([
    b.send('Page.enable', {}, sessionId),
    b.send(
      'Network.emulateNetworkConditions',
      { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
      sessionId,
    ),
    b.send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree', {}, sessionId),
  ]);
  return { targetId, sessionId, frameId: tree.frameTree.frame.id };
}

/** Launches Chromium and opens its page (the commands are sent at once; `tab` resolves when done). */
export function openPipeTab({
  executablePath = pipeChromiumPath(),
  tempParent = defaultProfileParent(),
}: PipeTabOptions = {}): PipeTab {
  const profile = fs.mkdtempSync(path.join(tempParent, 'ita-chromium-'));
  const b = launchOverPipe(executablePath, [
    ...CHROMIUM_ARGS,
    ...PIPE_ONLY_ARGS,
    '--headless',
    `--user-data-dir=${profile}`,
    '--no-startup-window',
  ]);
  const tab = openTab(b);
  tab.catch(() => undefined); // a failed start is reported by the print that awaits it
  return { browser: b, profile, tab };
}

/**
 * Removes a Chromium profile folder. After a crash its renderer and GPU processes can still be writing
 * there for a moment after the browser is gone (rmdir then fails with ENOTEMPTY): a folder left behind
 * must never replace the error the user should read, so it is tried again a little later instead (not at
 * exit: an unref'd timer does not keep Node alive).
 */
export function removeProfile(profile: string, laterTries = 5): void {
  try {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    if (laterTries > 0) setTimeout(() => removeProfile(profile, laterTries - 1), 500).unref();
  }
}

/** Where the CLI's launcher leaves the Chromium it started early, for the first pipe printer to take. */
const EARLY = Symbol.for('ita-tracker.earlyChromium');
type Early = PipeTab & { key: string };
type WithEarly = typeof globalThis & { [EARLY]?: Early };

const keyOf = ({ executablePath = pipeChromiumPath(), tempParent = defaultProfileParent() }: PipeTabOptions) =>
  JSON.stringify([executablePath, tempParent]);

/**
 * Starts the pipe printer's Chromium now, for the first pipe printer made with the same options to
 * take (takeEarly). Until taken it does not keep Node's event loop alive.
 */
export function startEarly(options: PipeTabOptions = {}): PipeTab {
  const early = { ...openPipeTab(options), key: keyOf(options) };
  early.browser.keepAlive(false);
  (globalThis as WithEarly)[EARLY] = early;
  return early;
}

/** The Chromium startEarly started and no printer has taken yet. */
export const pendingEarly = (): PipeTab | undefined => (globalThis as WithEarly)[EARLY];

/** The Chromium startEarly started with these options, if any; taken once, it keeps Node alive again. */
export function takeEarly(options: PipeTabOptions): PipeTab | null {
  const g = globalThis as WithEarly;
  const early = g[EARLY];
  if (!early || early.key !== keyOf(options)) return null;
  delete g[EARLY];
  early.browser.keepAlive(true);
  return early;
}
