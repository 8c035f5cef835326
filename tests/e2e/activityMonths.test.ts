// Months with gaps, end to end in Chromium over the bridge (real API, a fresh SQLite file): in the
// plan editor the user clears an activity's months and ticks ต.ค., ม.ค., เม.ย., ก.ค. on the 12-month
// toggle row; the cell reads "ต.ค., ม.ค., เม.ย., ก.ค."; the follow-up screen shows nothing due in a gap
// month (its month button greyed, the empty-month message) and the row in a ticked month; เลิกทำ
// in the plan editor puts the whole-year range back.
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

const nb = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ').trim();

describe('months with gaps (Chromium, real API)', () => {
  it('ticks quarterly months in the plan editor; a gap month has nothing due in follow-up; เลิกทำ', async () => {
    const s = await openApp(browser, { clock: new Date('2023-01-20T09:00:00+07:00') });
    const { page } = s;
    const api = s.bridge.api;
    try {
      const plan = await api.createPlan({ fiscalYear: 2566, office: 'สำนักงานเขตทดสอบ' });
      const item = await api.createItem({ planId: plan.id, indicatorNumber: 1 });
      await api.updateItem({ itemId: item.id, code: 'I1', question: 'เจ้าหน้าที่ปฏิบัติงานตามขั้นตอน' });
      const a = await api.createActivity({
        itemId: item.id,
        text: 'ประชุมชี้แจงทุกไตรมาส',
        startMonth: '2022-10',
        endMonth: '2023-09',
        allDivisions: true,
      });
      await page.reload();
      await page.getByRole('button', { name: 'แผนมาตรการ', exact: true }).click();
      const cell = page.locator(`tr[data-activity-id="${a.id}"] [data-field="months"]`);
      await expect.poll(async () => nb(await cell.textContent())).toBe('ต.ค. ๖๕ – ก.ย. ๖๖');

      await cell.click({ position: { x: 8, y: 8 } });
      const toggles = cell.getByRole('group', { name: 'เดือนที่ต้องรายงาน' });
      await toggles.waitFor();
      expect(await toggles.getByRole('button', { pressed: true }).count()).toBe(12);
      await cell.getByRole('button', { name: 'ล้าง', exact: true }).click();
      expect(await toggles.getByRole('button', { pressed: true }).count()).toBe(0);
      for (const m of ['ต.ค.', 'ม.ค.', 'เม.ย.', 'ก.ค.'])
        await toggles.getByRole('button', { name: m, exact: true }).click();
      // The range shortcut follows the ticks: first and last month.
      expect(await cell.getByLabel('เดือนเริ่ม').inputValue()).toBe('2022-10');
      expect(await cell.getByLabel('เดือนที่แล้วเสร็จ').inputValue()).toBe('2023-07');
      await screenshot(page, 'plan-months-toggles');
      await page.keyboard.press('Enter');
      await expect.poll(async () => nb(await cell.textContent())).toBe('ต.ค., ม.ค., เม.ย., ก.ค.');
      await expect
        .poll(async () => (await api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities[0]!.months)
        .toEqual(['2022-10', '2023-01', '2023-04', '2023-07']);

      // Follow-up: January (ticked) lists it; February (a gap) has nothing due.
      await page.getByRole('button', { name: 'ติดตามรายเดือน' }).click();
      await page.locator('table.fu-table[data-month="2023-01"]').waitFor();
      expect(await page.locator(`tr.fu-row[data-activity-id="${a.id}"]`).count()).toBe(1);
      const feb = page.locator('button.fu-month[data-month="2023-02"]');
      await expect.poll(() => feb.getAttribute('class')).toContain('none-due');
      expect(await page.locator('button.fu-month[data-month="2023-04"]').getAttribute('class')).not.toContain(
        'none-due',
      );
      await feb.click();
      await expect
        .poll(() => page.locator('[data-screen="followup"]').innerText())
        .toContain('ไม่มีกิจกรรมที่ต้องรายงานในเดือนกุมภาพันธ์');
      expect(await page.locator('tr.fu-row').count()).toBe(0);
      await screenshot(page, 'followup-gap-month');

      // เลิกทำ in the plan editor takes the months edit back: the whole year again.
      await page.getByRole('button', { name: 'แผนมาตรการ', exact: true }).click();
      await page.getByRole('button', { name: 'เลิกทำ', exact: true }).click();
      await expect.poll(async () => nb(await cell.textContent())).toBe('ต.ค. ๖๕ – ก.ย. ๖๖');
      await expect
        .poll(async () => (await api.getPlan({ planId: plan.id })).indicators[0]!.items[0]!.activities[0]!.months)
        .toHaveLength(12);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
