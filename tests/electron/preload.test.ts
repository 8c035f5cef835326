// The preload as the page sees it: through the fake context bridge, which copies values across worlds
// and rebuilds a thrown Error from its message alone, as Electron does.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../core/methods';
import { fake } from '../helpers/fake-electron';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

type PageApi = Record<string, (input?: unknown) => Promise<unknown>>;
let api: PageApi;
const pageEvents: { type: string; detail: unknown }[] = [];

beforeAll(async () => {
  // The page's window: dispatchEvent/CustomEvent as a browser has them.
  const win = fake.contextBridge.main.global;
  win['CustomEvent'] = class {
    constructor(
      readonly type: string,
      init: { detail: unknown },
    ) {
      this.detail = init.detail;
    }
    detail: unknown;
  };
  win['dispatchEvent'] = (e: { type: string; detail: unknown }) =>
    void pageEvents.push({ type: e.type, detail: e.detail });
  await import('../../electron/preload/index');
  api = fake.contextBridge.pageGlobal('api') as PageApi;
});

describe('preload', () => {
  it('gives the page window.api and nothing else: no ipcRenderer, no other globals', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual([]);
    expect(typeof api).toBe('object');
    const globals = Object.keys(fake.contextBridge.main.global).filter(
      (k) => !['window', 'CustomEvent', 'dispatchEvent'].includes(k),
    );
    expect(globals).toEqual(['api']);
  });

  it('window.api has exactly the contract method names, all functions, frozen', () => {
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const [name, fn] of Object.entries(api)) expect(fn, name).toBeTypeOf('function');
    expect(Object.values(api)).not.toContain(fake.ipcRenderer);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('calls invoke on api:<name> with the input ({} when none) and returns the value', async () => {
    fake.ipcRenderer.respond = (channel, input) => ({ ok: true, value: { channel, input } });
    expect(await api['getPlan']!({ planId: 3 })).toEqual({ channel: 'api:getPlan', input: { planId: 3 } });
    expect(await api['listPlans']!()).toEqual({ channel: 'api:listPlans', input: {} });
  });

  it('an error envelope rejects in the page with an Error carrying the Thai message, code and details', async () => {
    const problems = [{ line: 12, severity: 'warning', message: 'เดือนไม่ถูกต้อง "จ.ค. ๖๕"' }];
    fake.ipcRenderer.respond = () => ({
      ok: false,
      error: { code: 'importFailed', message: 'นำเข้าไม่ได้', details: { problems } },
    });
    const err = (await api['importPlanText']!({ text: 'x' }).catch((e: unknown) => e)) as Error & {
      code?: string;
      details?: { problems: unknown[] };
    };
    // Made in the page's own world (another realm than the preload's).
    expect(Object.prototype.toString.call(err)).toBe('[object Error]');
    expect(err).not.toBeInstanceOf(Error);
    expect(err.message).toBe('นำเข้าไม่ได้');
    expect(err.code).toBe('importFailed');
    expect(err.details).toEqual({ problems });
  });

  it('a reply that is not an envelope rejects with the Thai internal error', async () => {
    fake.ipcRenderer.respond = () => 'garbage';
    await expect(api['listPlans']!({})).rejects.toMatchObject({
      code: 'internal',
      message: 'เกิดข้อผิดพลาดภายในโปรแกรม',
    });
  });

  it('menu commands from the main process reach the page as ita:command events', () => {
    fake.ipcRenderer.deliver('app:command', 'export');
    fake.ipcRenderer.deliver('app:command', 'screen:followup');
    expect(pageEvents).toEqual([
      { type: 'ita:command', detail: 'export' },
      { type: 'ita:command', detail: 'screen:followup' },
    ]);
  });
});
