// Wording written once with a number in it (core/terms: "รายงานผลรอบ ๖ เดือน", "๘ คอลัมน์", "๑ หน้า",
// "(๗๐ ข้อ)", "ปี พ.ศ. ๔ หลัก เช่น ๒๕๖๖") reads in the office's digits on screen: Arabic when the
// office chose Arabic numerals, Thai when it chose Thai (the default), in the real UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHASE_WORDS, EXPORT_WORDS, FIRST_RUN_WORDS, DATE_WORDS } from '../../core/terms';
import { toArabicDigits, toThaiDigits } from '../../core/thai';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The export dialog's report choices, as shown. */
async function exportChoices(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกรายงาน' });
  const text = await dialog.locator('.export-choices').innerText();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return text;
}

describe('numbers in fixed wording follow the numerals setting', () => {
  for (const numerals of ['arabic', 'thai'] as const) {
    const shown = numerals === 'arabic' ? toArabicDigits : toThaiDigits;
    it(`${numerals} numerals: first run, export choices, the summary button, the year hint`, async () => {
      const s = await openApp(browser);
      const { page } = s;
      try {
        await s.bridge.api.updateSettings({ numerals, office: 'สำนักงานเขตพระนคร' });
        await page.reload();
        const sample = page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' });
        expect(await sample.innerText()).toContain(shown(FIRST_RUN_WORDS.sampleHint));
        await sample.click();
        await page.locator('tbody[data-code="I1"]').waitFor();

        const choices = await exportChoices(page);
        expect(choices).toContain(shown(EXPORT_WORDS.halfYear));
        expect(choices).toContain(shown(EXPORT_WORDS.planHint));
        expect(choices).toContain(shown(EXPORT_WORDS.overviewHint));
        expect(choices).toMatch(numerals === 'arabic' ? /รอบ 6 เดือน/ : /รอบ ๖ เดือน/);

        await page.getByRole('button', { name: 'ภาพรวม', exact: true }).click();
        const summary = page.getByRole('button', { name: CHASE_WORDS.summary });
        expect(await summary.getAttribute('title')).toBe(shown(CHASE_WORDS.summaryHint));

        await page.keyboard.press('Control+4');
        const year = page.getByLabel('ตั้งแต่วันที่ – ปี พ.ศ.');
        await year.fill('256');
        await year.press('Tab');
        await page.getByText(shown(DATE_WORDS.yearHint)).waitFor();
        await screenshot(page, `fixed-words-${numerals}`);
        expect(s.consoleErrors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }
});
