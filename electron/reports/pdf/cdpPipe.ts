// Chromium's DevTools protocol over the pipe Chromium opens with --remote-debugging-pipe: commands in
// on file descriptor 3, answers and events out on 4, each message JSON ended by a NUL byte (the
// transport puppeteer's PipeTransport and playwright's PipeTransport implement). Only the little
// the report printer needs: send a command, wait for an event. No port is opened, so no other
// process can drive the browser. (chrome-remote-interface, the small maintained CDP client, speaks
// WebSocket only; playwright-core costs ~0.3 s to import, which the CLI pays on every PDF.)
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Json = Record<string, unknown>;

interface Message {
  id?: number;
  method?: string;
  params?: Json;
  result?: Json;
  error?: { message: string };
  sessionId?: string;
}

export interface CdpBrowser {
  send<T = Json>(method: string, params?: Json, sessionId?: string): Promise<T>;
  /** The next event `method` (of `sessionId`, when given); register before the command that causes it. */
  once<T = Json>(method: string, sessionId?: string): Promise<T>;
  /** Resolves when the browser process has exited. */
  exited: Promise<void>;
  process: ChildProcess;
  /** Whether the browser (its process and pipes) keeps Node's event loop alive; it does from launch. */
  keepAlive(keep: boolean): void;
  /**
   * Kills the browser and every process it started (renderer, zygote, GPU, utilities) at once, by
   * killing its process group; false where there is none (Windows), and nothing was done.
   */
  killGroup(): boolean;
}

/**
 * POSIX: the browser leads a process group of its own (spawn's `detached`), which its helpers
 * inherit, so one kill(-pid) ends them all. Its pipe is its lifeline: if Node dies first, Chromium
 * sees the pipe close and quits. Windows has no process groups (and `detached` opens a console).
 */
const OWN_GROUP = process.platform !== 'win32';

export function launchOverPipe(executable: string, args: string[]): CdpBrowser {
  const child = spawn(executable, [...args, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    detached: OWN_GROUP,
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, { resolve(v: Json): void; reject(e: Error): void; method: string }>();
  const listeners: { method: string; sessionId: string | undefined; resolve(v: Json): void; reject(e: Error): void }[] =
    [];
  let nextId = 0;
  let dead: Error | null = null;
  let buffered: Buffer[] = [];

  const dispatch = (m: Message) => {
    if (m.id !== undefined) {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error) p.reject(new Error(`${p.method}: ${m.error.message}`));
      else p.resolve(m.result ?? {});
      return;
    }
    const i = listeners.findIndex((l) => l.method === m.method && (!l.sessionId || l.sessionId === m.sessionId));
    if (i >= 0) listeners.splice(i, 1)[0]!.resolve(m.params ?? {});
  };

  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      buffered.push(chunk.subarray(start, end));
      dispatch(JSON.parse(Buffer.concat(buffered).toString('utf8')) as Message);
      buffered = [];
      start = end + 1;
    }
    if (start < chunk.length) buffered.push(chunk.subarray(start));
  });
  // A broken pipe shows as 'exit' below; the write error itself carries nothing more.
  toBrowser.on('error', () => undefined);

  let ended = false;
  const exited = new Promise<void>((resolve) => {
    const fail = (why: string) => {
      ended = true;
      dead ??= new Error(why);
      for (const p of pending.values()) p.reject(dead);
      pending.clear();
      for (const l of listeners.splice(0)) l.reject(dead);
      resolve();
    };
    child.once('exit', (code, signal) => fail(`Chromium ended (${signal ?? code})`));
    child.once('error', (e) => fail(`Chromium could not start: ${e.message}`));
  });

  return {
    process: child,
    exited,
    keepAlive(keep) {
      for (const h of [child, toBrowser, fromBrowser] as { ref?(): void; unref?(): void }[]) {
        if (keep) h.ref?.();
        else h.unref?.();
      }
    },
    killGroup() {
      if (!OWN_GROUP) return false;
      // Once the browser is reaped its pid may be reused: the group is killed only while it is not.
      if (ended || child.pid === undefined) return true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group has ended meanwhile
      }
      return true;
    },
    send<T>(method: string, params: Json = {}, sessionId?: string) {
      if (dead) return Promise.reject(dead);
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: Json) => void, reject, method });
        toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
      });
    },
    once<T>(method: string, sessionId?: string) {
      if (dead) return Promise.reject(dead);
      return new Promise<T>((resolve, reject) =>
        listeners.push({ method, sessionId, resolve: resolve as (v: Json) => void, reject }),
      );
    },
  };
}
