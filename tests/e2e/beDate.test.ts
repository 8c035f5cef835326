// The one BE date input (components/BeDateInput.tsx) where users type dates: the approval date and
// the history's date filters. Day, Thai month and BE year in the office's digits; a day the calendar
// lacks is said so and never saved; the year box is not red before anything is typed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beDate, fillBeDate } from './beDate';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('BE date input (Chromium, real API)', () => {
  it('approval date: Thai digits, 31 ก.พ. refused, leap day accepted, saved as the ISO day', async () => {
    const s = await openApp(browser);
    const { page } = s;
    try {
      await page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' }).click();
      await page.locator('tbody[data-code="I1"]').waitFor();
      await page.getByRole('button', { name: 'อนุมัติแผน' }).click();
      const dialog = page.getByRole('dialog', { name: 'อนุมัติแผน' });
      const g = beDate(dialog, 'วันที่อนุมัติ');
      // Opens on today, in BE with Thai digits; nothing is red.
      const today = new Date();
      expect(await g.getByLabel('วันที่อนุมัติ – ปี พ.ศ.').inputValue()).toBe(
        String(today.getFullYear() + 543).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))),
      );
      expect(await dialog.locator('[aria-invalid="true"]').count()).toBe(0);
      // No CE browser date box anywhere.
      expect(await page.locator('input[type="date"]').count()).toBe(0);

      await fillBeDate(dialog, 'วันที่อนุมัติ', '2023-01-31');
      await g.getByLabel('วันที่อนุมัติ – เดือน').selectOption({ label: 'กุมภาพันธ์' });
      await dialog.getByRole('alert').getByText('๓๑ กุมภาพันธ์ ๒๕๖๖: ไม่มีวันนี้ในปฏิทิน').waitFor();
      expect(await dialog.getByRole('button', { name: 'อนุมัติแผน' }).isDisabled()).toBe(true);
      await screenshot(page, 'be-date-no-such-day');

      // A year typed half-way is red only once the box is left.
      await g.getByLabel('วันที่อนุมัติ – ปี พ.ศ.').fill('25');
      expect(await g.getByLabel('วันที่อนุมัติ – ปี พ.ศ.').getAttribute('aria-invalid')).toBeNull();

      // 29 ก.พ. ๒๕๖๗ (CE 2024, a leap year) is a day; typed in Arabic digits, shown in Thai ones.
      await g.getByLabel('วันที่อนุมัติ – วันที่').selectOption('29');
      await g.getByLabel('วันที่อนุมัติ – ปี พ.ศ.').fill('2567');
      expect(await g.getByLabel('วันที่อนุมัติ – ปี พ.ศ.').inputValue()).toBe('๒๕๖๗');
      await dialog.getByText('๒๙ กุมภาพันธ์ ๒๕๖๗').waitFor();
      await screenshot(page, 'be-date-approve');
      await dialog.getByRole('button', { name: 'อนุมัติแผน' }).click();
      await page.getByTestId('approved-banner').getByText('๒๙ กุมภาพันธ์ ๒๕๖๗').waitFor();
      expect((await s.bridge.api.listPlans({}))[0]).toMatchObject({ status: 'approved', approvedAt: '2024-02-29' });
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('history filters: BE days in Arabic digits when so set, cleared with ไม่กำหนด', async () => {
    const s = await openApp(browser);
    const { page } = s;
    try {
      await s.bridge.api.updateSettings({ numerals: 'arabic', office: 'สำนักงานเขตพระนคร' });
      await page.reload();
      await page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' }).click();
      await page.locator('tbody[data-code="I1"]').waitFor();
      await page.keyboard.press('Control+4');
      await page.locator('section[data-screen="history"]').waitFor();
      const rows = page.locator('section[data-screen="history"] tr.hi-row');
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      const all = await rows.count();
      // Everything so far was written today; from tomorrow on there is nothing.
      const tomorrow = new Date(Date.now() + 86_400_000);
      const iso = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
      await fillBeDate(page, 'ตั้งแต่วันที่', iso);
      await page.getByText('ไม่พบรายการที่ตรงกับตัวกรอง').waitFor();
      const from = beDate(page, 'ตั้งแต่วันที่');
      expect(await from.getByLabel('ตั้งแต่วันที่ – ปี พ.ศ.').inputValue()).toBe(String(tomorrow.getFullYear() + 543));
      await screenshot(page, 'be-date-history');
      await from.getByRole('button', { name: 'ไม่กำหนด' }).click();
      await expect.poll(() => rows.count()).toBe(all);
      expect(await from.getAttribute('data-value')).toBe('');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
