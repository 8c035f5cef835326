// A stand-in for the 'electron' module (whose binary is not installed for tests). Use with
//   vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());
// Every object records what the code under test registered, so a test can call the handlers.
// Types come through electron/main (allowed to import 'electron'); tests themselves never import it.
import type { IpcMainLike } from '../../electron/main/ipc';

type IpcMainInvokeEvent = Parameters<Parameters<IpcMainLike['handle']>[1]>[0];

type Listener = (...args: never[]) => unknown;

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

  /** Calls a registered handler as if the renderer at `senderUrl` had invoked it. */
  async invoke(channel: string, input: unknown, senderUrl: string | null = FAKE_APP_URL): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(fakeInvokeEvent(senderUrl), input);
  }
}

/** The file:// URL the fake app's renderer is served from. */
export const FAKE_APP_INDEX = 'file:///opt/ita-tracker/out/renderer/index.html';
export const FAKE_APP_URL = FAKE_APP_INDEX + '#/plan';

export function fakeInvokeEvent(senderUrl: string | null): IpcMainInvokeEvent {
  const senderFrame = senderUrl === null ? null : { url: senderUrl, parent: null };
  return { senderFrame, sender: {}, frameId: 1, processId: 1 } as unknown as IpcMainInvokeEvent;
}

export class FakeIpcRenderer {
  readonly calls: { channel: string; args: unknown[] }[] = [];
  /** What invoke() resolves to; tests replace it. */
  respond: (channel: string, ...args: unknown[]) => unknown = () => ({ ok: true, value: null });

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push({ channel, args });
    return this.respond(channel, ...args);
  }
}

export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    this.exposed.set(key, api);
  }
}

/** An event emitter recording listeners by event name (webContents, app). */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  /** Emits and returns the event object, so a test can see whether preventDefault() was called. */
  emit(event: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const ev = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(ev, ...args);
    return ev;
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeSession {
  headersListener:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void)
    | null = null;
  permissionRequestHandler: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;

  readonly webRequest = {
    onHeadersReceived: (listener: NonNullable<FakeSession['headersListener']>) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakeApp extends FakeEmitter {
  isPackaged = false;
  /** What requestSingleInstanceLock() answers. */
  gotLock = true;
  quitCalls = 0;
  exitCodes: number[] = [];
  sandboxEnabled = false;
  userData = '/nonexistent/user-data';
  appData = '/nonexistent/app-data';
  appPath = '/nonexistent/app';
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  quit(): void {
    this.quitCalls++;
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getPath(name: string): string {
    if (name === 'appData') return this.appData;
    if (name !== 'userData') throw new Error(`fake app.getPath: ${name}`);
    return this.userData;
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

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  loaded: { file?: string; url?: string } = {};
  focused = 0;
  shown = 0;
  minimized = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  async loadFile(file: string): Promise<void> {
    this.loaded = { file };
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = { url };
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.shown++;
  }
  focus(): void {
    this.focused++;
  }
}

export interface MenuItemLike {
  label?: string;
  role?: string;
  type?: string;
  submenu?: MenuItemLike[];
  click?: () => void;
}

export interface FakeElectron {
  app: FakeApp;
  BrowserWindow: typeof FakeBrowserWindow;
  ipcMain: FakeIpcMain;
  ipcRenderer: FakeIpcRenderer;
  contextBridge: FakeContextBridge;
  shell: { openExternal: (url: string) => Promise<void>; opened: string[] };
  session: { defaultSession: FakeSession };
  dialog: {
    showErrorBox: (title: string, content: string) => void;
    showMessageBox: (...args: unknown[]) => Promise<{ response: number }>;
    errors: [string, string][];
    messages: unknown[][];
  };
  Menu: {
    applicationMenu: { template: MenuItemLike[] } | null;
    buildFromTemplate(template: MenuItemLike[]): { template: MenuItemLike[] };
    setApplicationMenu(menu: { template: MenuItemLike[] } | null): void;
  };
}

function createFakeElectron(): FakeElectron {
  const opened: string[] = [];
  const errors: [string, string][] = [];
  const messages: unknown[][] = [];
  FakeBrowserWindow.instances = [];
  const Menu: FakeElectron['Menu'] = {
    applicationMenu: null,
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      Menu.applicationMenu = menu;
    },
  };
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    ipcRenderer: new FakeIpcRenderer(),
    contextBridge: new FakeContextBridge(),
    shell: {
      opened,
      openExternal: async (url: string) => {
        opened.push(url);
      },
    },
    session: { defaultSession: new FakeSession() },
    dialog: {
      errors,
      messages,
      showErrorBox: (title, content) => {
        errors.push([title, content]);
      },
      showMessageBox: async (...args) => {
        messages.push(args);
        return { response: 0 };
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
