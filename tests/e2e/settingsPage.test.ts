// ตั้งค่า › หน้ากระดาษรายงาน in the real UI: type sizes and margins save when the field is left, in
// Thai digits too; a size under 14 is refused with the API's Thai message and nothing is saved; the
// page-number style saves at once; the section says what the report font governs.
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

describe('report page settings (real UI, real API over the loopback bridge)', () => {
  it('saves sizes, margins and the page-number style; refuses a size under 14', async () => {
    const s = await openApp(browser);
    const { api } = s.bridge;
    try {
      await api.importSamplePlan({});
      await s.page.reload();
      await s.page.getByRole('button', { name: 'ตั้งค่า', exact: true }).click();
      const page = s.page;
      await page.locator('[data-screen="settings"]').waitFor();
      await expect(page.locator('#set-reportTextPt').inputValue()).resolves.toBe('๑๖');
      await expect(page.locator('#set-reportBindingMm').inputValue()).resolves.toBe('๓๐');

      await page.locator('#set-reportMarginMm').fill('๑๕');
      await page.locator('#set-reportMarginMm').press('Tab');
      await page.locator('#set-reportTextPt').fill('18');
      await page.locator('#set-reportTextPt').press('Enter');
      await expect.poll(() => api.getSettings({}).then((v) => [v.reportMarginMm, v.reportTextPt])).toEqual([15, 18]);

      await page.locator('#set-reportTablePt').fill('12');
      await page.locator('#set-reportTablePt').press('Tab');
      await expect(page.locator('#set-reportTablePt-err').textContent()).resolves.toContain('ไม่น้อยกว่า ๑๔');
      expect((await api.getSettings({})).reportTablePt).toBe(14);

      await page.getByRole('radio', { name: /- ๒ -/ }).check();
      await expect.poll(() => api.getSettings({}).then((v) => v.pageNumbers)).toBe('dash');
      await expect(page.locator('#set-page-title ~ .set-note').textContent()).resolves.toContain('Sarabun');
      await page.locator('#set-page-title').scrollIntoViewIfNeeded();
      await screenshot(page, 'settings-page');
    } finally {
      await s.close();
    }
  });
});
