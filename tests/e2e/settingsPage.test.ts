// ตั้งค่า › หน้ากระดาษรายงาน in the real UI: type sizes and margins save when the field is left, in
// Thai digits too; a size under 14 is refused with the API's Thai message and nothing is saved; the
// page-number style saves at once; the section says what the report font governs. A refused field
// shows its own message under it (from the error's details, without the API's generic lead), and the
// page hints, refusals and the guide's steps follow the numerals setting (Thai or Arabic digits).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './browser';
import { API_ERRORS, FIELD_NAMES, INPUT_WORDS, PAGE_WORDS, VALIDATION_WORDS } from '../../core/terms';
import { REPORT_PAGE_DEFAULTS, REPORT_PAGE_LIMITS } from '../../core/limits';
import { withDigits } from '../../core/thai';

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

  it('a refused field shows its own message; hints and refusals follow the numerals setting', async () => {
    const s = await openApp(browser);
    const { api } = s.bridge;
    const lead = API_ERRORS.invalidInput('').trim();
    try {
      for (const numerals of ['thai', 'arabic'] as const) {
        await api.updateSettings({ numerals });
        await s.page.reload();
        await s.page.getByRole('button', { name: 'ตั้งค่า', exact: true }).click();
        const page = s.page;
        await page.locator('[data-screen="settings"]').waitFor();
        const d = (text: string) => withDigits(text, numerals);

        await expect(page.locator('#set-reportTablePt-hint').textContent()).resolves.toBe(
          d(PAGE_WORDS.tablePtHint(REPORT_PAGE_LIMITS.minPt)),
        );
        await expect(page.locator('#set-reportTextPt-hint').textContent()).resolves.toBe(
          d(PAGE_WORDS.textPtHint(REPORT_PAGE_DEFAULTS.textPt)),
        );
        await expect(page.locator('#set-reportBindingMm-hint').textContent()).resolves.toContain(
          numerals === 'thai' ? '(ปกติ ๓๐)' : '(ปกติ 30)',
        );
        await expect(page.locator('#set-reportMarginMm-hint').textContent()).resolves.toContain(
          numerals === 'thai' ? '(ปกติ ๒๐)' : '(ปกติ 20)',
        );
        await page.getByText(d(PAGE_WORDS.dashWhere(2)), { exact: true }).waitFor();

        // A number out of range: the field's own refusal, in the office's digits, no generic lead.
        await page.locator('#set-reportMarginMm').fill('2');
        await page.locator('#set-reportMarginMm').press('Tab');
        const marginErr = page.locator('#set-reportMarginMm-err');
        await marginErr.waitFor();
        const marginText = await marginErr.textContent();
        expect(marginText).toBe(numerals === 'thai' ? 'ระยะขอบต้องไม่น้อยกว่า ๕ มม.' : 'ระยะขอบต้องไม่น้อยกว่า 5 มม.');
        expect(marginText).toBe(d(INPUT_WORDS.mmMin(REPORT_PAGE_LIMITS.minMm)));
        expect(marginText).not.toContain(lead);

        // A required text emptied: its own message beside the field.
        await page.locator('#set-office').fill('');
        await page.locator('#set-office').press('Tab');
        const officeErr = page.locator('#set-office-err');
        await officeErr.waitFor();
        await expect(officeErr.textContent()).resolves.toBe(VALIDATION_WORDS.required(FIELD_NAMES.office));
        expect(await officeErr.textContent()).not.toContain(lead);
        expect((await api.getSettings({})).reportMarginMm).toBe(REPORT_PAGE_DEFAULTS.marginMm);
        if (numerals === 'arabic') await screenshot(page, 'settings-page-arabic');

        // The guide's steps with a number in them read in the same digits.
        await page.getByRole('button', { name: 'คู่มือ', exact: true }).click();
        const guide = await page.locator('[data-screen="help"]').innerText();
        expect(guide).toContain(numerals === 'thai' ? '(ไม่เกิน ๒๐ MB)' : '(ไม่เกิน 20 MB)');
        expect(guide).toContain(numerals === 'thai' ? 'รายงานผลรอบ ๖ เดือน' : 'รายงานผลรอบ 6 เดือน');
        expect(guide).toContain(numerals === 'thai' ? 'เก็บ ๑๔ ชุดล่าสุดและเดือนละ ๑ ชุด' : 'เก็บ 14 ชุดล่าสุดและเดือนละ 1 ชุด');
      }
    } finally {
      await s.close();
    }
  });
});
