// Windows, their web contents and sessions, modelling the documented Electron behaviours the shell
// relies on (each cited where it is modelled). Used through ../fake-electron.ts.
import fs from 'node:fs';
import path from 'node:path';
import { MEASURE_SCRIPT } from '../../../electron/reports/html/document';
import { fakeMeasure } from '../fakePrinter';
import { pathToFileURL } from 'node:url';

type Listener = (...args: never[]) => unknown;

/** An event emitter recording listeners by event name (webContents, app, windows). */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped = ((...args: never[]) => {
      this.off(event, wrapped);
      return (listener as (...a: never[]) => unknown)(...args);
    }) as Listener;
    return this.on(event, wrapped);
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    return this.off(event, listener);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
  /** Emits and returns the event object, so a test can see whether preventDefault() was called. */
  emit(event: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const ev = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    for (const l of [...(this.listeners.get(event) ?? [])]) (l as (...a: unknown[]) => unknown)(ev, ...args);
    return ev;
  }
}

/** Which OS the fake Chromium canonicalises file URLs for (tests set 'win32' to model Windows). */
export const platform = { os: process.platform as NodeJS.Platform };

/**
 * The URL Chromium gives a page loaded from a file. On Windows Chromium upper-cases the drive letter
 * as part of file-URL parsing: "Chrome uppercases the Windows drive letter (only on Windows) as part of
 * its file URL parsing" (https://github.com/whatwg/url/issues/515). So `c:\app\index.html` loads as
 * `file:///C:/app/index.html`, while Node's pathToFileURL keeps the `c:`.
 */
export function chromiumFileUrl(file: string): string {
  if (platform.os === 'win32' && /^[a-zA-Z]:[\\/]/.test(file)) {
    const rest = pathToFileURL('/' + file.slice(2).replace(/\\/g, '/')).href.slice('file://'.length);
    return `file:///${file[0]!.toUpperCase()}:${rest}`;
  }
  return pathToFileURL(path.resolve(file)).href;
}

/** Applies Chromium's drive-letter rule to a file: URL passed to loadURL. */
export function canonicalUrl(url: string): string {
  const m = /^file:\/\/\/([a-zA-Z])(:|%3A)/i.exec(url);
  if (platform.os === 'win32' && m) return `file:///${m[1]!.toUpperCase()}:${url.slice(m[0].length)}`;
  return url;
}

/**
 * Chromium refuses to navigate to a URL longer than 2 MiB: "Refusing to load URL as it exceeds 2097152
 * characters" (https://github.com/electron/electron/issues/8317); Electron then fails the load with
 * ERR_INVALID_URL (-300) (https://github.com/electron/electron/pull/8478), and `loadURL` "will reject if
 * the page fails to load (see did-fail-load)" (https://www.electronjs.org/docs/latest/api/web-contents#contentsloadurlurl-options).
 */
export const MAX_URL_CHARS = 2 * 1024 * 1024;

let nextRoutingId = 1;

export class FakeWebFrame {
  readonly routingId = nextRoutingId++;
  readonly processId = 1;
  readonly parent: FakeWebFrame | null = null;
  url = '';
}

export class FakeSession {
  readonly partition: string;
  headersListener:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void)
    | null = null;
  beforeRequest: ((details: { url: string }, cb: (r: { cancel?: boolean }) => void) => void) | null = null;
  permissionRequestHandler:
    ((wc: unknown, permission: string, cb: (granted: boolean) => void, details?: unknown) => void) | null = null;
  permissionCheckHandler:
    ((wc: unknown, permission: string, requestingOrigin?: string, details?: unknown) => boolean) | null = null;

  constructor(partition = '') {
    this.partition = partition;
  }

  readonly webRequest = {
    onHeadersReceived: (listener: NonNullable<FakeSession['headersListener']>) => {
      this.headersListener = listener;
    },
    // onBeforeRequest([filter, ]listener): the filter is optional in Electron's signature.
    onBeforeRequest: (a: unknown, b?: unknown) => {
      this.beforeRequest = (typeof a === 'function' ? a : b) as FakeSession['beforeRequest'];
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }

  /** Whether a request for `url` from a page of this session goes through (no listener: it does). */
  allows(url: string): boolean {
    if (!this.beforeRequest) return true;
    let cancel: boolean | undefined;
    this.beforeRequest({ url }, (r) => (cancel = r.cancel));
    if (cancel === undefined) throw new Error('onBeforeRequest listener did not call back');
    return !cancel;
  }
}

/**
 * What the fake printToPDF resolves to: "Promise<Buffer> - Resolves with the generated PDF data"
 * (https://www.electronjs.org/docs/latest/api/web-contents#contentsprinttopdfoptions): a real, if
 * minimal, one-page PDF (A4 landscape), so a report joined from several prints (pdf-lib) can be made.
 */
export const FAKE_PRINTED_PDF =
  '%PDF-1.7\n% fake printToPDF\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
  '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
  '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

let nextWebContentsId = 1;
let nextRendererPid = 40_001;
/** The web contents made so far (their renderers are alive while they are not destroyed). */
const allWebContents: FakeWebContents[] = [];

export class FakeWebContents extends FakeEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = new FakeWebFrame();
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly printed: Record<string, unknown>[] = [];
  readonly scripts: string[] = [];
  /** The documents the measuring script ran in (reports/html/document.ts MEASURE_SCRIPT), in order. */
  readonly measured: string[] = [];
  /** The text of the file the page was loaded from (loadFile), when it exists. */
  document: string | null = null;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  /** What printToPDF resolves to; tests may replace it. */
  pdfBytes = Buffer.from(FAKE_PRINTED_PDF);

  /**
   * The page's renderer process: "Each instance of the BrowserWindow class creates an application
   * window that loads a web page in a separate renderer process", and "When a BrowserWindow instance
   * is destroyed, its corresponding renderer process gets terminated as well"
   * (https://www.electronjs.org/docs/latest/tutorial/process-model). So each window's web contents
   * has a renderer of its own, and two windows lay out and print at the same time.
   */
  readonly osProcessId = nextRendererPid++;

  readonly session: FakeSession;
  constructor(session?: FakeSession) {
    super();
    this.session = session ?? lifecycle.defaultSession;
    allWebContents.push(this);
  }
  /** "The operating system pid of the associated renderer process" (web-contents#contentsgetosprocessid). */
  getOSProcessId(): number {
    return this.osProcessId;
  }
  /** The pids of the renderer processes alive now (those of web contents not destroyed). */
  static liveRenderers(): number[] {
    return allWebContents.filter((w) => !w.destroyed).map((w) => w.osProcessId);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /**
   * Resolves with "the result of the executed code", a promise's resolved value
   * (https://www.electronjs.org/docs/latest/api/web-contents#contentsexecutejavascriptcode-usergesture).
   * The report window's measuring script (reports/html/document.ts) gets fixed heights read off the
   * loaded HTML (tests/helpers/fakePrinter.ts); anything else resolves to 1 (document.fonts.size).
   */
  async executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    if (code === MEASURE_SCRIPT) {
      this.measured.push(this.document ?? '');
      return fakeMeasure(this.document ?? '');
    }
    return 1;
  }
  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printed.push(options);
    return this.pdfBytes;
  }
  print(options: Record<string, unknown>, cb?: (success: boolean, reason: string) => void): void {
    this.printed.push({ dialog: true, ...options });
    cb?.(true, '');
  }

  /**
   * The page calls navigator.clipboard.writeText. Chromium asks the session's permission check handler
   * for 'clipboard-sanitized-write' first, one of the permissions `setPermissionCheckHandler` receives
   * (https://www.electronjs.org/docs/latest/api/session#sessetpermissioncheckhandlerhandler); when the
   * handler answers false the write rejects with NotAllowedError "Write permission denied."
   * (https://github.com/electron/electron/pull/37173 documents the permission name).
   */
  async clipboardWriteText(text: string, clipboard: { text: string }): Promise<void> {
    const origin = (() => {
      try {
        return new URL(this.mainFrame.url).origin;
      } catch {
        return '';
      }
    })();
    const check = this.session.permissionCheckHandler;
    const allowed = check
      ? check(this, 'clipboard-sanitized-write', origin, { requestingUrl: this.mainFrame.url })
      : true;
    if (!allowed) {
      const e = new Error('Write permission denied.');
      e.name = 'NotAllowedError';
      throw e;
    }
    clipboard.text = text;
  }
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const lifecycle = {
  /** Called after a window is gone; the app emits window-all-closed from it. */
  onWindowGone: (): void => undefined,
  defaultSession: new FakeSession(),
};

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  /** All windows that are not destroyed — hidden ones included, as in Electron. */
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  readonly webContents: FakeWebContents;
  loaded: { file?: string; url?: string } = {};
  focused = 0;
  shown = 0;
  visible: boolean;
  minimized = false;
  maximized = false;
  destroyed = false;
  bounds: Bounds;
  constructor(readonly options: Record<string, unknown>) {
    super();
    const prefs = (options['webPreferences'] ?? {}) as { session?: FakeSession };
    this.webContents = new FakeWebContents(prefs.session ?? lifecycle.defaultSession);
    this.visible = options['show'] !== false;
    this.bounds = {
      x: Number(options['x'] ?? 100),
      y: Number(options['y'] ?? 100),
      width: Number(options['width'] ?? 800),
      height: Number(options['height'] ?? 600),
    };
    FakeBrowserWindow.instances.push(this);
  }
  async loadFile(file: string): Promise<void> {
    this.loaded = { file };
    this.webContents.mainFrame.url = chromiumFileUrl(file);
    this.webContents.document = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  }
  async loadURL(url: string): Promise<void> {
    if (url.length > MAX_URL_CHARS) {
      throw new Error(`ERR_INVALID_URL (-300) loading '${url.slice(0, 40)}…'`);
    }
    this.loaded = { url };
    this.webContents.mainFrame.url = canonicalUrl(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isVisible(): boolean {
    return this.visible && !this.destroyed;
  }
  maximize(): void {
    this.maximized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.shown++;
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.focused++;
  }
  getBounds(): Bounds {
    return { ...this.bounds };
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  setBounds(b: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...b };
  }
  /** The user closes the window: 'close' (preventable), then it is destroyed and 'closed' follows. */
  close(): void {
    if (this.destroyed) return;
    if (this.emit('close').defaultPrevented) return;
    this.destroy();
  }
  /**
   * "Force closing the window, the unload and beforeunload event won't be emitted for the web page, and
   * close event will also not be emitted for this window, but it guarantees the closed event will be
   * emitted." (https://www.electronjs.org/docs/latest/api/browser-window#windestroy)
   */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    lifecycle.onWindowGone();
  }
}
