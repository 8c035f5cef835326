import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../core/errors';
import type { Api, Envelope } from '../../core/contract';
import { contract } from '../../core/contract';
import { IPC_PREFIX, METHOD_NAMES } from '../../core/methods';
import { registerApi, senderCheck } from '../../electron/main/ipc';
import { INTERNAL_ERROR_MESSAGE } from '../../electron/shell-pure/envelope';
import { makeApi } from '../helpers/api';
import { FAKE_APP_INDEX, FAKE_APP_URL, FakeIpcMain } from '../helpers/fake-electron';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

const origin = { indexUrl: FAKE_APP_INDEX };
const isTrustedSender = senderCheck(origin);
const THAI = /[\u0E00-\u0E7F]/;

/** An api whose every method records its call and answers { method, input }. */
function stubApi(overrides: Partial<Record<string, (input: unknown) => Promise<unknown>>> = {}) {
  const calls: string[] = [];
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) {
    api[name] =
      overrides[name] ??
      (async (input: unknown) => {
        calls.push(name);
        return { method: name, input };
      });
  }
  return { api: api as unknown as Api, calls };
}

let ipc: FakeIpcMain;
beforeEach(() => {
  ipc = new FakeIpcMain();
});

describe('registerApi', () => {
  it('the method list is exactly the contract', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
  });

  it('registers every contract method exactly once, on api:<name>', () => {
    registerApi(ipc, stubApi().api, { isTrustedSender });
    expect([...ipc.handleCalls].sort()).toEqual(METHOD_NAMES.map((n) => IPC_PREFIX + n).sort());
    expect(new Set(ipc.handleCalls).size).toBe(ipc.handleCalls.length);
  });

  it('throws at startup on a duplicate method name and registers nothing', () => {
    expect(() =>
      registerApi(ipc, stubApi().api, { isTrustedSender, names: ['listPlans', 'getPlan', 'listPlans'] }),
    ).toThrow(/listPlans.*twice/);
    expect(ipc.handlers.size).toBe(0);
  });

  it('throws when registered twice on the same ipcMain, leaving the first set intact', () => {
    registerApi(ipc, stubApi().api, { isTrustedSender });
    expect(() => registerApi(ipc, stubApi().api, { isTrustedSender })).toThrow(/second handler/);
    expect(ipc.handlers.size).toBe(METHOD_NAMES.length); // the first set stays intact
  });

  it('throws at startup when the api lacks a contract method', () => {
    const { api } = stubApi();
    const broken = { ...api } as Record<string, unknown>;
    delete broken['progress'];
    expect(() => registerApi(ipc, broken as unknown as Api, { isTrustedSender })).toThrow(/progress/);
    expect(ipc.handlers.size).toBe(0);
  });

  it('the returned function removes every handler', () => {
    const unregister = registerApi(ipc, stubApi().api, { isTrustedSender });
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('IPC handlers', () => {
  it('a good call returns { ok: true, value } and passes the input through', async () => {
    const { api } = stubApi();
    registerApi(ipc, api, { isTrustedSender });
    const res = await ipc.invoke('api:getPlan', { planId: 7 });
    expect(res).toEqual({ ok: true, value: { method: 'getPlan', input: { planId: 7 } } });
  });

  it('a missing input becomes {}', async () => {
    registerApi(ipc, stubApi().api, { isTrustedSender });
    expect(await ipc.invoke('api:listPlans', undefined)).toEqual({
      ok: true,
      value: { method: 'listPlans', input: {} },
    });
  });

  it.each([
    ['a foreign https page', 'https://evil.example/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['a data: URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['no frame (destroyed)', null],
    ['a dev-server-like origin when not in dev mode', 'http://localhost:5173/'],
  ])('refuses %s and never calls the api', async (_label, senderUrl) => {
    const { api, calls } = stubApi();
    registerApi(ipc, api, { isTrustedSender });
    const res = (await ipc.invoke('api:deletePlan', { planId: 1 }, senderUrl)) as Envelope<unknown>;
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('forbidden');
    expect(res.error.message).toMatch(THAI);
    expect(calls).toEqual([]);
  });

  it('trusts our index.html with any hash or query, and the dev server only in dev mode', async () => {
    expect(isTrustedSender(fakeEvent(FAKE_APP_URL))).toBe(true);
    expect(isTrustedSender(fakeEvent(FAKE_APP_INDEX + '?x=1'))).toBe(true);
    const dev = senderCheck({ indexUrl: FAKE_APP_INDEX, devServerUrl: 'http://localhost:5173/' });
    expect(dev(fakeEvent('http://localhost:5173/index.html'))).toBe(true);
    expect(dev(fakeEvent('http://localhost:5174/'))).toBe(false);
    expect(dev(fakeEvent('https://evil.example/'))).toBe(false);
  });

  it('an AppError becomes { ok: false, code, Thai message }', async () => {
    const { api } = stubApi({
      getPlan: async () => {
        throw new AppError('notFound', 'ไม่พบแผนที่ต้องการ', { planId: 99 });
      },
    });
    registerApi(ipc, api, { isTrustedSender, logError: () => {} });
    const res = await ipc.invoke('api:getPlan', { planId: 99 });
    expect(res).toEqual({ ok: false, error: { code: 'notFound', message: 'ไม่พบแผนที่ต้องการ', details: { planId: 99 } } });
  });

  it('any other error becomes code internal with a Thai message, and is logged, not leaked', async () => {
    const logged: string[] = [];
    const { api } = stubApi({
      listPlans: async () => {
        throw new TypeError('Cannot read properties of undefined (secret stack)');
      },
    });
    registerApi(ipc, api, { isTrustedSender, logError: (m) => logged.push(m) });
    const res = await ipc.invoke('api:listPlans', {});
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
    expect(INTERNAL_ERROR_MESSAGE).toBe('เกิดข้อผิดพลาดภายในโปรแกรม');
    expect(logged).toEqual(['listPlans']);
  });

  it('details that cannot cross IPC are dropped rather than breaking the reply', async () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    const { api } = stubApi({
      getPlan: async () => {
        throw new AppError('invalidInput', 'ข้อมูลไม่ถูกต้อง', circular);
      },
    });
    registerApi(ipc, api, { isTrustedSender });
    expect(await ipc.invoke('api:getPlan', {})).toEqual({
      ok: false,
      error: { code: 'invalidInput', message: 'ข้อมูลไม่ถูกต้อง' },
    });
  });
});

describe('with the real createApi', () => {
  it('registers every method of the real api, and calls go through end to end', async () => {
    const { api, dbPath, db } = makeApi();
    try {
      registerApi(ipc, api, { isTrustedSender });
      for (const name of METHOD_NAMES) expect(ipc.handlers.has(IPC_PREFIX + name), name).toBe(true);

      const info = (await ipc.invoke('api:appInfo', {})) as Envelope<{ dbPath: string }>;
      expect(info).toMatchObject({ ok: true, value: { dbPath } });

      const plans = await ipc.invoke('api:listPlans', {});
      expect(plans).toEqual({ ok: true, value: [] });

      // Invalid input: the api's own validation error comes back as a Thai envelope.
      const bad = (await ipc.invoke('api:getPlan', { planId: 'x' })) as Envelope<unknown>;
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.error.code).toBe('invalidInput');
        expect(bad.error.message).toMatch(THAI);
      }

      const missing = (await ipc.invoke('api:getPlan', { planId: 424242 })) as Envelope<unknown>;
      expect(missing.ok).toBe(false);
      if (!missing.ok) {
        expect(missing.error.code).toBe('notFound');
        expect(missing.error.message).toMatch(THAI);
      }
    } finally {
      db.close();
    }
  });

  it('first run: importSamplePlan over IPC gives the Dusit FY2566 plan', async () => {
    const { api, db } = makeApi();
    try {
      registerApi(ipc, api, { isTrustedSender });
      const res = (await ipc.invoke('api:importSamplePlan', {})) as Envelope<{ plan: { fiscalYear: number } | null }>;
      expect(res.ok).toBe(true);
      if (res.ok) expect(res.value.plan?.fiscalYear).toBe(2566);
      const list = (await ipc.invoke('api:listPlans', {})) as Envelope<unknown[]>;
      expect(list.ok && list.value.length).toBe(1);
    } finally {
      db.close();
    }
  });
});

function fakeEvent(url: string) {
  return { senderFrame: { url } } as unknown as Parameters<typeof isTrustedSender>[0];
}
