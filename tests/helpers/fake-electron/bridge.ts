// The context bridge between the preload's isolated world and the page's main world, as Electron
// documents it (https://www.electronjs.org/docs/latest/api/context-bridge#parameter--error--return-type-support):
// "parameters, errors and return values are **copied** when they are sent over the bridge". Objects and
// arrays are copied value by value (prototypes dropped), functions are proxied (each call copies its
// arguments in and its result out), promises resolve to copies, and an Error is rebuilt in the other
// world from its message alone: "errors aren't serializable as-is, so we should be pulling the message
// off the exception and re-constructing and throwing it in the destination context"
// (https://github.com/electron/electron/pull/28346). So `code` and `details` on an Error are lost.
// executeInMainWorld: "This function will be serialized which means that any bound parameters and
// execution context will be lost" (https://www.electronjs.org/docs/latest/api/context-bridge#contextbridgeexecuteinmainworldexecutionscript-experimental):
// the fake runs its source text in a separate V8 context (node:vm), a realm of its own like the page.
import vm from 'node:vm';

/** A world: its global object and its own Error constructor (errors are rebuilt with it). */
export interface World {
  global: Record<string, unknown>;
  makeError(message: string): Error;
}

export function nodeWorld(): World {
  return { global: globalThis as unknown as Record<string, unknown>, makeError: (m) => new Error(m) };
}

/** A fresh realm standing for the page's main world, with `window` as its global. */
export function pageWorld(): World & { context: vm.Context } {
  const context = vm.createContext({});
  vm.runInContext('globalThis.window = globalThis;', context);
  const makeError = vm.runInContext('(m) => new Error(m)', context) as (m: string) => Error;
  return { global: context as Record<string, unknown>, makeError, context };
}

/** Copies `value` from world `from` into world `to` as the context bridge does. */
export function copyAcross(value: unknown, from: World, to: World, seen = new Map<object, unknown>()): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'symbol') return undefined; // "Symbols cannot be copied across contexts so they are dropped"
  if (typeof value !== 'object' && typeof value !== 'function') return value;
  if (seen.has(value)) return seen.get(value);
  if (typeof value === 'function') {
    const fn = value as (...a: unknown[]) => unknown;
    const proxy = (...args: unknown[]) => {
      let result: unknown;
      try {
        result = fn(...args.map((a) => copyAcross(a, to, from)));
      } catch (e) {
        throw toError(e, from, to);
      }
      return copyAcross(result, from, to);
    };
    seen.set(value, proxy);
    return proxy;
  }
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    return toError(value, from, to);
  }
  if (typeof (value as { then?: unknown }).then === 'function') {
    return new Promise((resolve, reject) => {
      (value as Promise<unknown>).then(
        (v) => resolve(copyAcross(v, from, to)),
        (e: unknown) => reject(e instanceof Error ? toError(e, from, to) : copyAcross(e, from, to)),
      );
    });
  }
  if (ArrayBuffer.isView(value) || value instanceof Date || value instanceof Map || value instanceof Set) {
    return structuredClone(value); // "Cloneable Types"
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(copyAcross(item, from, to, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = copyAcross(v, from, to, seen);
  return out;
}

function toError(e: unknown, _from: World, to: World): Error {
  const message =
    e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e);
  return to.makeError(message);
}

export class FakeContextBridge {
  /** What the preload passed, as it passed it (in its own world). */
  readonly exposed = new Map<string, unknown>();
  /** The page's world: what page code sees as `window`. */
  main = pageWorld();
  readonly executed: string[] = [];
  private readonly isolated = nodeWorld();

  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key) || key in this.main.global) {
      throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    }
    this.exposed.set(key, api);
    this.main.global[key] = copyAcross(api, this.isolated, this.main);
  }

  executeInMainWorld(script: { func: (...args: never[]) => unknown; args?: unknown[] }): unknown {
    const source = script.func.toString();
    this.executed.push(source);
    const func = vm.runInContext(`(${source})`, this.main.context) as (...a: unknown[]) => unknown;
    const args = (script.args ?? []).map((a) => copyAcross(a, this.isolated, this.main));
    return copyAcross(func(...args), this.main, this.isolated);
  }

  /** window[key] as the page sees it. */
  pageGlobal(key: string): unknown {
    return this.main.global[key];
  }
}
