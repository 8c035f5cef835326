// window.api as built on the page's side of the context bridge. The preload passes this function to
// contextBridge.executeInMainWorld, which runs it from its source text in the page's world: errors are
// made there, so their `code` and `details` reach the page (an Error thrown across the bridge keeps
// only its message; see tests/helpers/fake-electron/bridge.ts). Menu commands from the main process
// arrive through `subscribe` and are dispatched as the renderer's 'ita:command' events.
//
// The function must be self-contained: executeInMainWorld serializes it, so it may use nothing from
// this module's scope, no imports and no helpers.

/** What the preload hands over: invoke returns the envelope as data (it crosses the bridge intact). */
export type EnvelopeInvoke = (channel: string, input: unknown) => Promise<unknown>;
export type Subscribe = (listener: (command: string) => void) => void;

export function installPageApi(
  invoke: EnvelopeInvoke,
  names: readonly string[],
  prefix: string,
  messages: { internal: string },
  subscribe: Subscribe | null,
): void {
  const fail = (code: string, message: string, details?: unknown): Error => {
    const err = new Error(message) as Error & { code: string; details?: unknown };
    err.name = 'ApiError';
    err.code = code;
    if (details !== undefined) err.details = details;
    return err;
  };
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of names) {
    const channel = prefix + name;
    api[name] = async (input?: unknown) => {
      const env = (await invoke(channel, input ?? {})) as {
        ok?: unknown;
        value?: unknown;
        error?: { code?: unknown; message?: unknown; details?: unknown };
      } | null;
      if (!env || typeof env !== 'object' || (env.ok !== true && env.ok !== false)) {
        throw fail('internal', messages.internal);
      }
      if (env.ok === true) return env.value;
      const e = env.error ?? {};
      throw fail(String(e.code || 'internal'), String(e.message || messages.internal), e.details);
    };
  }
  const w = globalThis as unknown as {
    window: { dispatchEvent(e: unknown): void };
    CustomEvent?: new (type: string, init: { detail: string }) => unknown;
  };
  Object.defineProperty(w.window, 'api', { value: Object.freeze(api), enumerable: true });
  if (subscribe) {
    subscribe((command: string) => {
      if (typeof command !== 'string' || !w.CustomEvent) return;
      w.window.dispatchEvent(new w.CustomEvent('ita:command', { detail: command }));
    });
  }
}

/** The channel the main process sends menu commands on (webContents.send). */
export const MENU_COMMAND_CHANNEL = 'app:command';
