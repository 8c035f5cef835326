// Sandboxed preload: exposes exactly the contract's methods as window.api. Each one is an IPC
// invoke whose envelope is unwrapped; ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../core/contract';
import { buildBridgeApi } from '../shell-pure/bridge';

const api = buildBridgeApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
