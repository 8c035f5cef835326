// Builds window.api from the method list: one function per contract method, each an IPC invoke
// whose envelope is unwrapped. Pure (the invoke is injected) so the preload stays a few lines.
import type { Api } from '../../core/contract';
import { IPC_PREFIX, METHOD_NAMES } from '../../core/methods';
import { unwrapEnvelope } from './envelope';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function buildBridgeApi(invoke: Invoke): Api {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) {
    const channel = IPC_PREFIX + name;
    api[name] = async (input?: unknown) => unwrapEnvelope(await invoke(channel, input ?? {}));
  }
  return Object.freeze(api) as unknown as Api;
}
