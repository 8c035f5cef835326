// The fake electron module models documented Electron behaviours the shell depends on; each is
// checked here against what the documentation says (cited in tests/helpers/fake-electron*.ts), so a
// shell test that passes on the fake passes for the reason Electron would.
import { beforeEach, describe, expect, it } from 'vitest';
import { fake, FakeBrowserWindow, FakeWebContents, platform, resetFake } from '../helpers/fake-electron';
import { MAX_URL_CHARS, chromiumFileUrl } from '../helpers/fake-electron/web';

beforeEach(() => resetFake());

const events = () => {
  const seen: string[] = [];
  for (const e of ['window-all-closed', 'before-quit', 'will-quit', 'quit']) fake.app.on(e, () => void seen.push(e));
  return seen;
};

describe('fake electron: app and window lifecycle', () => {
  it('window-all-closed fires only when no window is left: a hidden window keeps it from firing', () => {
    const seen = events();
    const main = new fake.BrowserWindow({ show: true });
    const hidden = new fake.BrowserWindow({ show: false });
    main.close();
    expect(seen).toEqual([]);
    expect(fake.BrowserWindow.getAllWindows()).toEqual([hidden]);
    hidden.destroy();
    expect(seen).toEqual(['window-all-closed']);
  });

  it('destroy() skips close but always emits closed; close() can be prevented', () => {
    const w = new fake.BrowserWindow({});
    const seen: string[] = [];
    w.on('close', (e: { preventDefault(): void }) => {
      seen.push('close');
      e.preventDefault();
    });
    w.on('closed', () => void seen.push('closed'));
    w.close();
    expect(w.isDestroyed()).toBe(false);
    w.destroy();
    expect(seen).toEqual(['close', 'closed']);
  });

  it('app.quit() closes every window (hidden ones too), then will-quit and quit, without window-all-closed', () => {
    const seen = events();
    new fake.BrowserWindow({});
    new fake.BrowserWindow({ show: false });
    fake.app.quit();
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(seen).toEqual(['before-quit', 'will-quit', 'quit']);
    expect(fake.app.ended).toBe('quit');
  });

  it('a Windows shutdown/log-off emits session-end on windows and never will-quit or quit', () => {
    const seen = events();
    const w = new fake.BrowserWindow({});
    let sessionEnd = 0;
    w.on('session-end', () => sessionEnd++);
    fake.app.endOsSession();
    expect(sessionEnd).toBe(1);
    expect(seen).toEqual([]);
    expect(fake.app.ended).toBe('session-end');
  });
});

describe('fake electron: loading pages', () => {
  it('loadURL refuses a URL over 2 MiB (2097152 characters) with ERR_INVALID_URL and keeps the old page', async () => {
    const w = new fake.BrowserWindow({});
    const ok = 'data:text/html;base64,' + 'A'.repeat(MAX_URL_CHARS - 'data:text/html;base64,'.length);
    await w.loadURL(ok);
    expect(w.webContents.getURL()).toBe(ok);
    await expect(w.loadURL(ok + 'A')).rejects.toThrow(/ERR_INVALID_URL/);
    expect(w.webContents.getURL()).toBe(ok);
  });

  it('on Windows a file URL gets an upper-case drive letter, whatever the path said', async () => {
    platform.os = 'win32';
    expect(chromiumFileUrl('c:\\Program Files\\ITA Tracker\\index.html')).toBe(
      'file:///C:/Program%20Files/ITA%20Tracker/index.html',
    );
    const w = new fake.BrowserWindow({});
    await w.loadFile('d:\\ผู้ใช้\\index.html');
    expect(w.webContents.getURL()).toMatch(/^file:\/\/\/D:\/%E0%B8%9C/);
    await w.loadURL('file:///e:/a/index.html');
    expect(w.webContents.getURL()).toBe('file:///E:/a/index.html');
    platform.os = 'linux';
    expect(chromiumFileUrl('/opt/a b/index.html')).toBe('file:///opt/a%20b/index.html');
  });
});

describe('fake electron: renderer processes', () => {
  it('each window has a renderer process of its own, which ends when the window is destroyed', () => {
    const a = new fake.BrowserWindow({ show: false });
    const b = new fake.BrowserWindow({ show: false });
    const [pa, pb] = [a.webContents.getOSProcessId(), b.webContents.getOSProcessId()];
    expect(pa).not.toBe(pb);
    expect(FakeWebContents.liveRenderers()).toEqual(expect.arrayContaining([pa, pb]));
    a.destroy();
    expect(FakeWebContents.liveRenderers()).not.toContain(pa);
    expect(FakeWebContents.liveRenderers()).toContain(pb);
    b.destroy();
  });
});

describe('fake electron: permissions', () => {
  it("navigator.clipboard.writeText asks the permission check handler for 'clipboard-sanitized-write'", async () => {
    const w = new fake.BrowserWindow({});
    await w.loadURL('file:///opt/app/index.html');
    const asked: string[] = [];
    fake.session.defaultSession.setPermissionCheckHandler((_wc, permission) => {
      asked.push(permission);
      return false;
    });
    await expect(w.webContents.clipboardWriteText('x', fake.clipboard)).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    expect(asked).toEqual(['clipboard-sanitized-write']);
    fake.session.defaultSession.setPermissionCheckHandler(() => true);
    await w.webContents.clipboardWriteText('C:\\ข้อมูล\\ita.sqlite', fake.clipboard);
    expect(fake.clipboard.text).toBe('C:\\ข้อมูล\\ita.sqlite');
  });

  it('a window on a partition gets that session; webRequest.onBeforeRequest decides what loads', () => {
    const ses = fake.session.fromPartition('p');
    expect(fake.session.fromPartition('p')).toBe(ses);
    const w = new FakeBrowserWindow({ webPreferences: { session: ses } });
    expect(w.webContents.session).toBe(ses);
    ses.webRequest.onBeforeRequest(
      { urls: ['<all_urls>'] },
      (d: { url: string }, cb: (r: { cancel: boolean }) => void) => cb({ cancel: d.url !== 'file:///ok' }),
    );
    expect(ses.allows('file:///ok')).toBe(true);
    expect(ses.allows('https://example.com/')).toBe(false);
  });
});

describe('fake electron: context bridge', () => {
  it('copies values, proxies functions, and rebuilds a thrown Error from its message alone', async () => {
    const err = Object.assign(new Error('ไม่พบแผน'), { code: 'notFound', details: { id: 1 } });
    fake.contextBridge.exposeInMainWorld('x', {
      value: { a: [1, 'สอง'] },
      ok: async () => ({ n: 1 }),
      fail: async () => {
        throw err;
      },
    });
    const x = fake.contextBridge.pageGlobal('x') as {
      value: unknown;
      ok(): Promise<unknown>;
      fail(): Promise<unknown>;
    };
    expect(x.value).toEqual({ a: [1, 'สอง'] });
    expect(await x.ok()).toEqual({ n: 1 });
    const got = (await x.fail().catch((e: unknown) => e)) as Error & { code?: string; details?: unknown };
    expect(got.message).toBe('ไม่พบแผน');
    expect(got.code).toBeUndefined();
    expect(got.details).toBeUndefined();
    expect(got).not.toBe(err);
    expect(() => fake.contextBridge.exposeInMainWorld('x', {})).toThrow(/existing property/);
  });

  it('executeInMainWorld runs the function from its source text in the page, without its closure', () => {
    const outer = 41;
    const result = fake.contextBridge.executeInMainWorld({
      func: (n: number) => n + 1,
      args: [outer],
    });
    expect(result).toBe(42);
    expect(() =>
      fake.contextBridge.executeInMainWorld({
        func: () => outer + 1,
      }),
    ).toThrow(/outer is not defined/);
    fake.contextBridge.executeInMainWorld({
      func: () => {
        (globalThis as unknown as { window: { y: number } }).window.y = 7;
      },
    });
    expect(fake.contextBridge.pageGlobal('y')).toBe(7);
  });
});
