// The real desktop app through Playwright's _electron, where the Electron binary exists (users'
// and developers' machines). Here on CI it cannot be downloaded, so this file reports itself skipped;
// the same UI is covered in Chromium through the loopback bridge, and the glue with a fake electron.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { _electron } from 'playwright-core';
import { fake, resetFake } from '../helpers/fake-electron';
import { REPO_ROOT, tmpDir } from '../helpers/tmp';

// Only for the check of the launch arguments below (the real app run uses the real binary).
vi.mock('electron', async () => (await import('../helpers/fake-electron')).fakeElectronModule());

/** How the desktop app is started here: on its own data file, opening on the sample plan (npm start's --sample). */
const launchArgs = (db: string) => [REPO_ROOT, '--db', db, '--sample'];

function electronBinary(): string | null {
  try {
    const bin = createRequire(path.join(REPO_ROOT, 'package.json'))('electron') as unknown as string;
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

describe.skipIf(!binary)('desktop app (Electron binary)', () => {
  it('opens on a fresh data folder with the sample plan, exposes only window.api, keeps data on restart', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'ita.sqlite');
    const launch = () =>
      _electron.launch({
        executablePath: binary!,
        args: launchArgs(db),
        cwd: REPO_ROOT,
        env: { ...process.env, HOME: dir },
      });
    let app = await launch();
    try {
      const page = await app.firstWindow();
      await page.getByText('สำนักงานเขตดุสิต').first().waitFor();
      const exposed = await page.evaluate(() => ({
        api: typeof (window as unknown as { api?: unknown }).api,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        ipc: 'ipcRenderer' in window,
      }));
      expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined', ipc: false });
      const plans = await page.evaluate(() =>
        (window as unknown as { api: { listPlans(i: object): Promise<unknown[]> } }).api.listPlans({}),
      );
      expect(plans).toHaveLength(1);
    } finally {
      await app.close();
    }
    app = await launch();
    try {
      const page = await app.firstWindow();
      await page.getByText('สำนักงานเขตดุสิต').first().waitFor();
      const plans = await page.evaluate(() =>
        (window as unknown as { api: { listPlans(i: object): Promise<unknown[]> } }).api.listPlans({}),
      );
      expect(plans).toHaveLength(1); // not imported twice
    } finally {
      await app.close();
    }
  });
});

describe('the launch arguments of the desktop test', () => {
  afterEach(() => fake.app.emit('will-quit'));

  it('open a fresh data file on the sample plan (checked on the fake electron where the binary is absent)', async () => {
    resetFake();
    vi.resetModules();
    fake.app.appPath = REPO_ROOT;
    fake.app.userData = tmpDir();
    const argv = process.argv;
    const db = path.join(tmpDir(), 'ita.sqlite');
    process.argv = ['electron', ...launchArgs(db)];
    try {
      await import('../../electron/main/index');
      await vi.waitFor(() => expect(fake.BrowserWindow.instances.length).toBe(1));
      const win = fake.BrowserWindow.instances[0]!;
      const plans = (await fake.ipcMain.invoke('api:listPlans', {}, win.webContents)) as {
        value: { office: string }[];
      };
      expect(plans.value.map((p) => p.office)).toEqual([expect.stringContaining('ดุสิต')]);
    } finally {
      process.argv = argv;
    }
  });
});
