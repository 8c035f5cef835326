// ผลการดำเนินงานตลอดปี: from a row of the month grid, one activity across its months — status,
// quantity, ผลสะสม against the target (core/rules.ts cumulativeQty), texts and evidence — in Chromium
// over the bridge (real API, a fresh SQLite file). A copied draft adds nothing to the total.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cumulativeQty } from '../../core/rules';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('one activity’s year (Chromium, real API)', () => {
  it('opens from a row, adds up the months against the target, and goes to a month', async () => {
    const s = await openApp(browser, { clock: new Date('2023-03-20T09:00:00+07:00') });
    const { page } = s;
    const api = s.bridge.api;
    try {
      const planId = (await api.importSamplePlan({})).plan!.id;
      const march = await api.listMonth({ planId, month: '2023-03' });
      // An activity due all of ธ.ค. ๖๕ – มี.ค. ๖๖ with a numeric target.
      const a = march.find((r) => r.targetQty !== null && r.startMonth !== null && r.startMonth <= '2022-12')!;
      expect(a).toBeDefined();
      await api.saveFollowUp({
        activityId: a.activityId,
        month: '2022-12',
        status: 'inProgress',
        qty: 2,
        result: 'ประชุมครั้งแรก',
      });
      await api.saveFollowUp({
        activityId: a.activityId,
        month: '2023-01',
        status: 'inProgress',
        qty: 1.5,
        problems: 'รอผลจากฝ่ายทะเบียน',
        directorRemark: 'เร่งรัด',
      });
      await api.addEvidenceUrl({
        activityId: a.activityId,
        month: '2023-01',
        url: 'https://www.bangkok.go.th/dusit',
        label: 'ข่าวกิจกรรม',
      });
      // February copied into March as a draft (with no quantity; a draft would count nothing anyway).
      await api.saveFollowUp({
        activityId: a.activityId,
        month: '2023-02',
        status: 'inProgress',
        qty: 1,
        result: 'ต่อเนื่อง',
      });
      await api.copyMonth({ planId, from: '2023-02', to: '2023-03' });
      const history = await api.activityHistory({ activityId: a.activityId });
      expect(history.find((f) => f.month === '2023-03')?.draft).toBe(true);
      const total = cumulativeQty(history, a.targetQty);
      expect(total.qty).toBe(4.5);

      await page.reload();
      await page.getByRole('button', { name: 'ติดตามรายเดือน' }).click();
      await page.locator('table.fu-table[data-month="2023-03"]').waitFor();
      const row = page.locator(`tr.fu-row[data-activity-id="${a.activityId}"]`);
      await row.getByRole('button', { name: /^ดูทั้งปี/ }).click();
      const panel = page.getByTestId('year-panel');
      await panel.locator('tbody tr').first().waitFor();
      // ผลสะสม ๔.๕ จาก <target> … (<percent>%) in Thai digits.
      const th = (n: number | string) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
      const totalText = await panel.getByTestId('year-total').textContent();
      expect(totalText).toContain(`ผลสะสม ${th('4.5')} จาก ${th(a.targetQty!)}`);
      expect(totalText).toContain(`(${th(total.percent!)}%)`);
      const line = (m: string) => panel.locator(`tbody tr[data-month="${m}"]`);
      expect(await line('2022-12').getByTestId('year-running').textContent()).toBe('๒');
      expect(await line('2023-01').getByTestId('year-running').textContent()).toBe('๓.๕');
      expect(await line('2023-02').getByTestId('year-running').textContent()).toBe('๔.๕');
      // The draft reads ยังไม่รายงาน and adds nothing.
      expect(await line('2023-03').getAttribute('data-state')).toBe('notReported');
      expect(await line('2023-03').getByTestId('year-running').textContent()).toBe('๔.๕');
      expect(await line('2023-01').innerText()).toContain('รอผลจากฝ่ายทะเบียน');
      expect(await line('2023-01').innerText()).toContain('เร่งรัด');
      expect(await line('2023-01').innerText()).toContain('ลิงก์ ข่าวกิจกรรม');
      expect(await line('2022-12').innerText()).toContain('อยู่ระหว่างดำเนินการ');
      await screenshot(page, 'activity-year');

      // A month's line takes the grid to that month, on this activity's row.
      await line('2022-12')
        .getByRole('button', { name: /ธันวาคม/ })
        .click();
      await page.locator('table.fu-table[data-month="2022-12"]').waitFor();
      await expect.poll(() => panel.count()).toBe(0);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-activity-id')))
        .toBe(String(a.activityId));
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
