import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../core/methods';
import { fake } from '../helpers/fake-electron';

vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

type Exposed = Record<string, (input?: unknown) => Promise<unknown>>;
let api: Exposed;

beforeAll(async () => {
  await import('../../electron/preload/index');
  api = fake.contextBridge.exposed.get('api') as Exposed;
});

describe('preload', () => {
  it('exposes one object, window.api, and nothing else', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['api']);
  });

  it('window.api has exactly the contract method names, all functions, and no ipcRenderer', () => {
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

  it('an error envelope rejects with an Error carrying the Thai message and code', async () => {
    fake.ipcRenderer.respond = () => ({ ok: false, error: { code: 'notFound', message: 'ไม่พบแผนที่ต้องการ' } });
    const err = await api['getPlan']!({ planId: 9 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('ไม่พบแผนที่ต้องการ');
    expect((err as { code?: string }).code).toBe('notFound');
  });

  it('a reply that is not an envelope rejects with the Thai internal error', async () => {
    fake.ipcRenderer.respond = () => 'garbage';
    await expect(api['listPlans']!({})).rejects.toMatchObject({
      code: 'internal',
      message: 'เกิดข้อผิดพลาดภายในโปรแกรม',
    });
  });
});
