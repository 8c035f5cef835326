import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first run (real UI in Chromium, real API over the loopback bridge)', () => {
  it('welcomes with three ways to start; the sample plan opens the plan screen', async () => {
    const s = await openApp(browser);
    try {
      await s.page.locator('section[data-screen="welcome"]').waitFor();
      await screenshot(s.page, 'welcome');
      await s.page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' }).click();
      await s.page.locator('section[data-screen="plan"]').waitFor();
      await s.page.locator('section[data-screen="plan"] [data-item-id]').first().getByText('I1').first().waitFor();
      expect(await s.bridge.api.listPlans({})).toMatchObject([
        { fiscalYear: 2566, itemCount: 70, office: 'สำนักงานเขตดุสิต' },
      ]);
      await screenshot(s.page, 'first-run-plan');
      await s.page.keyboard.press('Control+6');
      await s.page
        .locator('section[data-screen="help"]')
        .getByRole('heading', { name: /ส่งออกและพิมพ์รายงาน/ })
        .waitFor();
      await screenshot(s.page, 'help');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('asks the office name before an empty plan or an import, and keeps it for the reports', async () => {
    const s = await openApp(browser);
    try {
      await s.page.getByRole('button', { name: 'เริ่มแผนเปล่า' }).click();
      await s.page.getByRole('alert').getByText('กรุณาระบุชื่อหน่วยงาน').waitFor();
      await s.page.getByLabel('ชื่อหน่วยงาน').fill('สำนักงานเขตพระนคร');
      await s.page.getByRole('button', { name: 'นำเข้าแผนของหน่วยงาน' }).click();
      await s.page.getByRole('dialog').waitFor();
      await s.page.keyboard.press('Escape');
      await s.page.getByRole('button', { name: 'เริ่มแผนเปล่า' }).click();
      await s.page.locator('#new-plan-year').fill('2568');
      await s.page.getByRole('dialog').getByRole('button', { name: 'สร้างแผน', exact: true }).click();
      await s.page.locator('section[data-screen="plan"]').waitFor();
      expect(await s.bridge.api.getSettings({})).toMatchObject({ office: 'สำนักงานเขตพระนคร' });
      expect(await s.bridge.api.listPlans({})).toMatchObject([
        { fiscalYear: 2568, office: 'สำนักงานเขตพระนคร', itemCount: 0 },
      ]);
    } finally {
      await s.close();
    }
  });
});
