// A stand-in for the 'electron' module (whose binary is not installed for tests). Use with
//   vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());
// Every object records what the code under test registered, so a test can call the handlers. Where
// the shell relies on a documented Electron behaviour the fake models it, citing the documentation
// (here and in fake-electron/web.ts, fake-electron/bridge.ts); tests/electron/fakeElectron.test.ts
// checks each modelled behaviour.
// Types come through electron/main (allowed to import 'electron'); tests themselves never import it.
import type { IpcMainLike } from '../../electron/main/ipc';
import { FakeContextBridge } from './fake-electron/bridge';
import {
  FakeBrowserWindow,
  FakeEmitter,
  FakeSession,
  FakeWebContents,
  FakeWebFrame,
  lifecycle,
  platform,
} from './fake-electron/web';

export { FakeBrowserWindow, FakeContextBridge, FakeEmitter, FakeSession, FakeWebContents, FakeWebFrame, platform };

type IpcMainInvokeEvent = Parameters<Parameters<IpcMainLike['handle']>[1]>[0];

/** ipcMain: handle() throws on a second handler for a channel, as Electron does. */
export class FakeIpcMain {
  readonly handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  readonly handleCalls: string[] = [];

  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
    this.handleCalls.push(channel);
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /**
   * Calls a registered handler as if a renderer had invoked it: from a page's web contents (its main
   * frame is the sender frame), or from a detached frame at `senderUrl` (null: the frame is gone).
   */
  async invoke(
    channel: string,
    input: unknown,
    sender: string | null | FakeWebContents = FAKE_APP_URL,
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(fakeInvokeEvent(sender), input);
  }
}

/** The file:// URL the fake app's renderer is served from. */
export const FAKE_APP_INDEX = 'file:///opt/ita-tracker/out/renderer/index.html';
export const FAKE_APP_URL = FAKE_APP_INDEX + '#/plan';

/**
 * IpcMainInvokeEvent: `sender` is the WebContents, `senderFrame` "The frame that sent this message. May
 * be null if accessed after the frame has either navigated or been destroyed."
 * (https://www.electronjs.org/docs/latest/api/structures/ipc-main-invoke-event)
 */
export function fakeInvokeEvent(sender: string | null | FakeWebContents): IpcMainInvokeEvent {
  if (sender instanceof FakeWebContents) {
    const senderFrame = sender.isDestroyed() ? null : sender.mainFrame;
    return { senderFrame, sender, frameId: 1, processId: 1 } as unknown as IpcMainInvokeEvent;
  }
  let senderFrame: FakeWebFrame | null = null;
  if (sender !== null) {
    senderFrame = new FakeWebFrame();
    senderFrame.url = sender;
  }
  return { senderFrame, sender: {}, frameId: 1, processId: 1 } as unknown as IpcMainInvokeEvent;
}

export class FakeIpcRenderer {
  readonly calls: { channel: string; args: unknown[] }[] = [];
  readonly listeners = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  /** What invoke() resolves to; tests replace it. */
  respond: (channel: string, ...args: unknown[]) => unknown = () => ({ ok: true, value: null });

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push({ channel, args });
    return this.respond(channel, ...args);
  }
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  /** The main process sends to this renderer (webContents.send). */
  deliver(channel: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(channel) ?? []) l({}, ...args);
  }
}

export class FakeApp extends FakeEmitter {
  isPackaged = false;
  /** What requestSingleInstanceLock() answers. */
  gotLock = true;
  quitCalls = 0;
  exitCodes: number[] = [];
  sandboxEnabled = false;
  /** Set once the app quits (app.quit() finished) or the OS session ended. */
  ended: 'quit' | 'session-end' | null = null;
  private quitting = false;
  userData = '/nonexistent/user-data';
  appData = '/nonexistent/app-data';
  appPath = '/nonexistent/app';
  documents = '/nonexistent/documents';
  temp = '/nonexistent/temp';
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  /**
   * "Try to close all windows. The before-quit event will be emitted first. If all windows are
   * successfully closed, the will-quit event will be emitted and by default the application will
   * terminate." — and then window-all-closed is not emitted: "If the user pressed Cmd + Q, or the
   * developer called app.quit(), Electron will first try to close all the windows and then emit the
   * will-quit event, and in this case the window-all-closed event would not be emitted."
   * (https://www.electronjs.org/docs/latest/api/app#appquit, #event-window-all-closed)
   */
  quit(): void {
    this.quitCalls++;
    if (this.quitting || this.ended) return;
    this.quitting = true;
    try {
      if (this.emit('before-quit').defaultPrevented) return;
      for (const w of FakeBrowserWindow.getAllWindows()) w.close();
      if (FakeBrowserWindow.getAllWindows().length > 0) return; // a window refused to close
      if (this.emit('will-quit').defaultPrevented) return;
      this.emit('quit', 0);
      this.ended = 'quit';
    } finally {
      this.quitting = false;
    }
  }
  /** "Exits immediately with exitCode ... without asking the user, and the before-quit and will-quit events will not be emitted." */
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
  /** Called by a window when it is gone: the last one emits window-all-closed (not while quitting). */
  windowGone(): void {
    if (this.quitting || this.ended) return;
    if (FakeBrowserWindow.getAllWindows().length === 0) this.emit('window-all-closed');
  }
  /**
   * Windows shuts down, restarts or logs the user off. Windows get 'query-session-end' then
   * 'session-end' ("Emitted when window session is going to end due to force shutdown or machine restart
   * or session log off", https://www.electronjs.org/docs/latest/api/browser-window#event-session-end-windows)
   * and the process ends; before-quit, will-quit and quit are not emitted: "On Windows, this event will
   * not be emitted if the app is closed due to a shutdown/restart of the system or a user logout."
   * (https://www.electronjs.org/docs/latest/api/app#event-will-quit)
   */
  endOsSession(): void {
    for (const w of FakeBrowserWindow.getAllWindows()) w.emit('query-session-end');
    for (const w of FakeBrowserWindow.getAllWindows()) w.emit('session-end');
    this.ended = 'session-end';
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getPath(name: string): string {
    const paths: Record<string, string> = {
      appData: this.appData,
      userData: this.userData,
      documents: this.documents,
      temp: this.temp,
    };
    const p = paths[name];
    if (p === undefined) throw new Error(`fake app.getPath: ${name}`);
    return p;
  }
  setPath(name: string, value: string): void {
    if (name !== 'userData') throw new Error(`fake app.setPath: ${name}`);
    this.userData = value;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.1.0-fake';
  }
}

export interface MenuItemLike {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  submenu?: MenuItemLike[];
  click?: (...args: unknown[]) => void;
}

interface DialogAnswer {
  canceled: boolean;
  filePath?: string;
  filePaths?: string[];
}

export interface FakeElectron {
  app: FakeApp;
  BrowserWindow: typeof FakeBrowserWindow;
  ipcMain: FakeIpcMain;
  ipcRenderer: FakeIpcRenderer;
  contextBridge: FakeContextBridge;
  shell: {
    openExternal: (url: string) => Promise<void>;
    openPath: (file: string) => Promise<string>;
    showItemInFolder: (file: string) => void;
    opened: string[];
    openedPaths: string[];
  };
  session: {
    defaultSession: FakeSession;
    fromPartition(partition: string): FakeSession;
    partitions: Map<string, FakeSession>;
  };
  clipboard: { text: string };
  screen: {
    displays: { workArea: { x: number; y: number; width: number; height: number } }[];
    getAllDisplays(): FakeElectron['screen']['displays'];
  };
  dialog: {
    showErrorBox: (title: string, content: string) => void;
    showMessageBox: (...args: unknown[]) => Promise<{ response: number }>;
    showSaveDialog: (...args: unknown[]) => Promise<DialogAnswer>;
    showOpenDialog: (...args: unknown[]) => Promise<DialogAnswer>;
    errors: [string, string][];
    messages: unknown[][];
    /** Options each save/open dialog was shown with, in order. */
    shown: { kind: 'save' | 'open'; options: Record<string, unknown> }[];
    /** The next answers (a path, or null to cancel); none queued = cancel. */
    answers: (string | null)[];
  };
  Menu: {
    applicationMenu: { template: MenuItemLike[] } | null;
    buildFromTemplate(template: MenuItemLike[]): { template: MenuItemLike[] };
    setApplicationMenu(menu: { template: MenuItemLike[] } | null): void;
  };
}

function createFakeElectron(): FakeElectron {
  const opened: string[] = [];
  const openedPaths: string[] = [];
  const errors: [string, string][] = [];
  const messages: unknown[][] = [];
  const shown: FakeElectron['dialog']['shown'] = [];
  const answers: (string | null)[] = [];
  FakeBrowserWindow.instances = [];
  platform.os = process.platform;
  const app = new FakeApp();
  const defaultSession = new FakeSession();
  lifecycle.defaultSession = defaultSession;
  lifecycle.onWindowGone = () => app.windowGone();
  const partitions = new Map<string, FakeSession>();
  const Menu: FakeElectron['Menu'] = {
    applicationMenu: null,
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      Menu.applicationMenu = menu;
    },
  };
  const optionsOf = (args: unknown[]) => (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;
  const screen: FakeElectron['screen'] = {
    displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getAllDisplays: () => screen.displays,
  };
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    ipcRenderer: new FakeIpcRenderer(),
    contextBridge: new FakeContextBridge(),
    shell: {
      opened,
      openedPaths,
      openExternal: async (url: string) => {
        opened.push(url);
      },
      openPath: async (file: string) => {
        openedPaths.push(file);
        return '';
      },
      showItemInFolder: (file: string) => void openedPaths.push(`reveal:${file}`),
    },
    session: {
      defaultSession,
      partitions,
      fromPartition: (partition: string) => {
        let s = partitions.get(partition);
        if (!s) partitions.set(partition, (s = new FakeSession(partition)));
        return s;
      },
    },
    clipboard: { text: '' },
    screen,
    dialog: {
      errors,
      messages,
      shown,
      answers,
      showErrorBox: (title, content) => {
        errors.push([title, content]);
      },
      showMessageBox: async (...args) => {
        messages.push(args);
        return { response: 0 };
      },
      showSaveDialog: async (...args) => {
        shown.push({ kind: 'save', options: optionsOf(args) });
        const a = answers.shift() ?? null;
        return a === null ? { canceled: true } : { canceled: false, filePath: a };
      },
      showOpenDialog: async (...args) => {
        shown.push({ kind: 'open', options: optionsOf(args) });
        const a = answers.shift() ?? null;
        return a === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [a] };
      },
    },
    Menu,
  };
}

/**
 * The one fake per test file. Kept on globalThis so that it stays the same object even after
 * vi.resetModules() re-evaluates this module (tests of electron/main/index.ts import it afresh).
 */
const holder = globalThis as { __itaFakeElectron?: FakeElectron };
export const fake: FakeElectron = (holder.__itaFakeElectron ??= createFakeElectron());

/** Puts every fake back to its initial state (same objects, so module references stay valid). */
export function resetFake(): void {
  Object.assign(fake, createFakeElectron());
}

/** The module object vi.mock('electron') returns: getters, so a reset is seen by code already loaded. */
export function fakeElectronModule(): FakeElectron & { default: FakeElectron } {
  const mod = { default: fake } as FakeElectron & { default: FakeElectron };
  for (const key of Object.keys(fake) as (keyof FakeElectron)[]) {
    Object.defineProperty(mod, key, { enumerable: true, get: () => fake[key] });
  }
  return mod;
}
