// Issue 13 point 10, in the real UI at 1366×768: the status box shows "ไม่สามารถดำเนินการได้" whole,
// the numbers users read follow the numerals setting (the API's messages included), the year box
// is not red before anything is typed, and the ผู้รายงาน hint says what the setting does.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { STATUS_NAMES } from '../../core/terms';
import { REPO_ROOT } from '../helpers/paths';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether a select's chosen text fits its box: the text drawn in its own font, plus padding and arrow. */
async function selectFits(page: Page, selector: string): Promise<{ text: number; room: number }> {
  return page.evaluate((sel) => {
    const el = document.querySelector<HTMLSelectElement>(sel)!;
    const cs = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const text = ctx.measureText(el.selectedOptions[0]!.text).width;
    // Chromium draws the drop-down arrow inside the padding box, about 20 px wide.
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
    return { text, room };
  }, selector);
}

describe('small fixes (1366×768)', () => {
  it('the status box shows ไม่สามารถดำเนินการได้ whole, and every status fits', async () => {
    const s = await openApp(browser, { width: 1366, height: 768 });
    try {
      const planId = (await s.bridge.api.importSamplePlan({})).plan!.id;
      const [first] = await s.bridge.api.listMonth({ planId, month: '2023-03' });
      await s.bridge.api.saveFollowUp({ activityId: first!.activityId, month: '2023-03', status: 'blocked' });
      await s.page.reload();
      await s.page.getByRole('button', { name: 'ติดตามรายเดือน' }).click();
      await s.page.locator('button.fu-month[data-month="2023-03"]').click();
      const select = `tr.fu-row[data-activity-id="${first!.activityId}"] select[data-field="status"]`;
      await s.page.locator(`tr.fu-row[data-activity-id="${first!.activityId}"]`).hover(); // wakes the dormant row
      await s.page.locator(select).waitFor();
      expect(await s.page.locator(select).inputValue()).toBe('blocked');
      await screenshot(s.page, 'small-status-blocked-1366');
      for (const status of ['blocked', 'inProgress', 'done', 'notStarted'] as const) {
        await s.page.locator(select).selectOption(status);
        const { text, room } = await selectFits(s.page, select);
        expect(text, STATUS_NAMES[status]).toBeLessThanOrEqual(room);
      }
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the year box waits for typing; the re-import refusal and warnings read in Thai digits', async () => {
    const s = await openApp(browser);
    try {
      // First run: the welcome screen, then "import the office's plan".
      await s.page.getByLabel('ชื่อหน่วยงาน').fill('สำนักงานเขตดุสิต');
      await s.page.getByRole('button', { name: /นำเข้าแผนของหน่วยงาน/ }).click();
      const dialog = s.page.getByRole('dialog', { name: 'นำเข้าแผนจากตาราง' });
      await dialog.waitFor();
      expect(await dialog.locator('.field-error').count()).toBe(0);
      expect(await dialog.locator('[data-hint="year"]').textContent()).toContain('ระบุปีงบประมาณ');
      await screenshot(s.page, 'small-import-year-untouched');
      await dialog.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('25');
      await dialog.locator('.field-error', { hasText: 'เช่น ๒๕๖๗' }).waitFor();
      await dialog.getByRole('button', { name: 'ยกเลิก' }).click();

      // The sample is FY2566 of สำนักงานเขตดุสิต: importing it again is refused, in Thai digits.
      await s.bridge.api.importSamplePlan({});
      await s.page.reload();
      await s.page.getByRole('button', { name: 'แผนมาตรการ', exact: true }).click();
      await s.page.getByRole('button', { name: 'นำเข้าแผน', exact: true }).click();
      const again = s.page.getByRole('dialog', { name: 'นำเข้าแผนจากตาราง' });
      const sample = fs.readFileSync(path.join(REPO_ROOT, 'db/import/sample/dusit-2566.txt'), 'utf8');
      await again.getByLabel('ตารางแผนที่จะนำเข้า').fill(sample);
      await expect.poll(() => again.getByLabel('ปีงบประมาณ (พ.ศ.)').inputValue()).toBe('๒๕๖๖');
      await again.getByRole('button', { name: 'ตรวจสอบ' }).click();
      const refusal = again.getByTestId('import-preview').locator('.preview-error');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๖ อยู่แล้ว');
      expect(await refusal.textContent()).not.toMatch(/[0-9]/);
      await screenshot(s.page, 'small-reimport-refused');
      // A warning naming a year: the document says 2566, imported as 2567.
      await again.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2567');
      await again.getByRole('button', { name: 'ตรวจสอบ' }).click();
      const warning = again.locator('.problem-warning', { hasText: 'เอกสารระบุปีงบประมาณ' });
      await warning.waitFor();
      expect(await warning.textContent()).toContain('พ.ศ. ๒๕๖๖ แต่จะนำเข้าเป็นปี ๒๕๖๗');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('the ผู้รายงาน hint says what the setting does, and the monthly sheet signs with it', async () => {
    const s = await openApp(browser);
    try {
      await s.bridge.api.importSamplePlan({});
      await s.page.reload();
      await s.page.getByRole('button', { name: 'ตั้งค่า', exact: true }).click();
      const hint = s.page.locator('[data-screen="settings"]').getByText(/ช่องลงนาม “ผู้รายงาน”/);
      await hint.waitFor();
      expect(await hint.textContent()).not.toContain('อัตโนมัติ');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
