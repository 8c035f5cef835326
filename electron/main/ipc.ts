// Wires the API to IPC: one `ipcMain.handle('api:<name>')` per contract method. Every handler checks
// that the call comes from our own page and answers with an Envelope, never a thrown error.
import type { IpcMainInvokeEvent } from 'electron';
import { isAppError } from '../../core/errors';
import type { Api, Envelope } from '../../core/contract';
import { IPC_PREFIX, METHOD_NAMES } from '../../core/methods';
import { errorEnvelope, FORBIDDEN_MESSAGE, INTERNAL_ERROR_MESSAGE, okEnvelope } from '../shell-pure/envelope';
import { isAppUrl, type AppOrigin } from '../shell-pure/urls';

/** The part of ipcMain we use; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface RegisterOptions {
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
  /** Where unexpected errors go (the app passes its log file; default console.error). */
  logError?: (method: string, error: unknown) => void;
  /** Method names to register; default: all of the contract's. */
  names?: readonly string[];
}

/** What the sender check reads of a frame (Electron's WebFrameMain). */
export interface FrameLike {
  url: string;
  routingId: number;
  processId: number;
}

/**
 * The sender check for our window: the calling frame must be our main window's main frame (compared
 * by identity: process and routing id), showing our page. Without `mainFrame` (tests of the wiring)
 * only the page is checked. The URL comparison ignores case on Windows, where Chromium reports
 * `file:///C:/…` for an app started from `c:\…` (see isAppUrl).
 */
export function senderCheck(
  origin: AppOrigin,
  mainFrame?: () => FrameLike | null,
  platform: string = process.platform,
): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    let frame: FrameLike | null | undefined;
    let url: string | undefined;
    try {
      frame = event.senderFrame as FrameLike | null;
      url = frame?.url;
    } catch {
      return false; // frame already destroyed
    }
    if (!frame) return false;
    if (mainFrame) {
      const main = mainFrame();
      if (!main || main.routingId !== frame.routingId || main.processId !== frame.processId) return false;
    }
    return isAppUrl(url, origin, platform);
  };
}

/** Turns anything thrown by an API method into an error envelope with a Thai message. */
export function toErrorEnvelope(error: unknown): Envelope<never> {
  if (isAppError(error)) return errorEnvelope(error.code, error.message, error.details);
  return errorEnvelope('internal', INTERNAL_ERROR_MESSAGE);
}

/**
 * Registers every API method. Throws at startup on a duplicate name or a method the api object
 * lacks, so a broken build fails loudly instead of answering "no handler" at the first click.
 * Returns a function removing the handlers.
 */
export function registerApi(ipcMain: IpcMainLike, api: Api, options: RegisterOptions): () => void {
  const names = options.names ?? METHOD_NAMES;
  const logError = options.logError ?? ((method, e) => console.error(`[api:${method}]`, e));
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`IPC: method "${name}" is registered twice`);
    seen.add(name);
    if (typeof (api as unknown as Record<string, unknown>)[name] !== 'function') {
      throw new Error(`IPC: the api has no method "${name}"`);
    }
  }

  const registered: string[] = [];
  try {
    for (const name of names) {
      const method = (api as unknown as Record<string, (input: unknown) => unknown>)[name] as (
        input: unknown,
      ) => unknown;
      const channel = IPC_PREFIX + name;
      ipcMain.handle(channel, async (event, input): Promise<Envelope<unknown>> => {
        if (!options.isTrustedSender(event)) return errorEnvelope('forbidden', FORBIDDEN_MESSAGE);
        try {
          return okEnvelope(await method.call(api, input ?? {}));
        } catch (e) {
          if (!isAppError(e) || e.code === 'internal') logError(name, e);
          return toErrorEnvelope(e);
        }
      });
      registered.push(channel);
    }
  } catch (e) {
    for (const channel of registered) ipcMain.removeHandler(channel);
    throw e;
  }
  return () => {
    for (const channel of registered) ipcMain.removeHandler(channel);
  };
}
