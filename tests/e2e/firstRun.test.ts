import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first run (real UI in Chromium, real API over the loopback bridge)', () => {
  it('offers the sample plan on an empty database and shows it after import', async () => {
    const s = await openApp(browser);
    try {
      await s.page.getByRole('button', { name: 'นำเข้าแผนตัวอย่าง' }).click();
      await s.page.getByText('สำนักงานเขตดุสิต', { exact: false }).first().waitFor();
      await expect(s.page.locator('text=I1').first().isVisible()).resolves.toBe(true);
      expect(await s.bridge.api.listPlans({})).toMatchObject([{ fiscalYear: 2566, itemCount: 70 }]);
      await screenshot(s.page, 'first-run-plan');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
