// The desktop app's menu items reach the page as 'ita:command' events (the preload dispatches them,
// tests/electron/preload.test.ts); here the real UI in Chromium answers them: screens switch, the
// export dialog opens, สำรองข้อมูล… from another screen goes to settings and opens the save dialog.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { tmpDir } from '../helpers/tmp';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const menu = (page: Page, command: string) =>
  page.evaluate((c) => window.dispatchEvent(new CustomEvent('ita:command', { detail: c })), command);

describe('window.api errors in the page', () => {
  it('carry their code and details (the page-side resolver the desktop preload uses too)', async () => {
    const s = await openApp(browser);
    try {
      const err = await s.page.evaluate(() =>
        (window as unknown as { api: { getPlan(i: object): Promise<unknown> } }).api.getPlan({ planId: 'x' }).then(
          () => null,
          (e: Error & { code?: string; details?: { issues?: unknown[] } }) => ({
            name: e.name,
            message: e.message,
            code: e.code,
            issues: e.details?.issues?.length ?? 0,
          }),
        ),
      );
      expect(err).toMatchObject({
        name: 'ApiError',
        code: 'invalidInput',
        message: expect.stringContaining('ข้อมูลไม่ถูกต้อง'),
      });
      expect(err!.issues).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });
});

describe('menu commands in the page', () => {
  it('switch screens, open the export dialog, and run backup from any screen', async () => {
    const s = await openApp(browser, { height: 900 });
    const page = s.page;
    try {
      await s.bridge.api.importSamplePlan({});
      await page.reload();
      await page.getByRole('button', { name: 'แผนมาตรการ', exact: true }).waitFor();

      await menu(page, 'screen:followup');
      await expect
        .poll(() => page.getByRole('button', { name: 'ติดตามรายเดือน', exact: true }).getAttribute('aria-current'))
        .toBe('page');

      await menu(page, 'export');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      const out = path.join(tmpDir(), 'สำรอง จากเมนู.sqlite');
      s.bridge.savePaths.push(out);
      await menu(page, 'backup');
      await expect.poll(() => page.getByTestId('bk-note').textContent()).toContain(out);
      expect(fs.existsSync(out)).toBe(true);
    } finally {
      await s.close();
    }
  });
});
