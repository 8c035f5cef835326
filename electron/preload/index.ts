// Sandboxed preload: gives the page exactly the contract's methods as window.api; ipcRenderer itself
// is never exposed. window.api is built on the page's side of the context bridge (installPageApi run by
// contextBridge.executeInMainWorld): the envelope crosses the bridge as plain data and the page makes
// the Error, so `code` and `details` survive (an Error crossing the bridge keeps only its message).
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_PREFIX, METHOD_NAMES } from '../../core/methods';
import { buildBridgeApi } from '../shell-pure/bridge';
import { INTERNAL_ERROR_MESSAGE, errorEnvelope } from '../shell-pure/envelope';
import { installPageApi, MENU_COMMAND_CHANNEL, type EnvelopeInvoke, type Subscribe } from '../shell-pure/pageApi';

const channels = new Set(METHOD_NAMES.map((n) => IPC_PREFIX + n));

/** Only the contract's channels: the page cannot reach any other IPC channel through this function. */
const invoke: EnvelopeInvoke = async (channel, input) => {
  if (typeof channel !== 'string' || !channels.has(channel)) return errorEnvelope('forbidden', INTERNAL_ERROR_MESSAGE);
  return ipcRenderer.invoke(channel, input);
};

const subscribe: Subscribe = (listener) => {
  ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: unknown) => {
    if (typeof command === 'string') listener(command);
  });
};

if (typeof contextBridge.executeInMainWorld === 'function') {
  contextBridge.executeInMainWorld({
    func: installPageApi,
    args: [invoke, METHOD_NAMES, IPC_PREFIX, { internal: INTERNAL_ERROR_MESSAGE }, subscribe],
  });
} else {
  // Older Electron without executeInMainWorld: errors then carry the message only.
  contextBridge.exposeInMainWorld('api', buildBridgeApi(invoke));
}
