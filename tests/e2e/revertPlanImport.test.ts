// Reverting a plan import from the history screen (issue 13 point 3), in Chromium over the loopback
// bridge (real API, a fresh SQLite file): the preview counts what goes, in the office's digits, and
// asks about the reports entered since (the button waits for the tick); the plan goes; reverting that
// revert brings the plan back with the same ids and its report.
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

describe('revert of a plan import (real UI in Chromium, real API over the loopback bridge)', () => {
  it('previews what goes, asks about reports, removes the plan, and its own revert brings it back', async () => {
    const s = await openApp(browser);
    try {
      const { page, bridge } = s;
      const planId = (await bridge.api.importSamplePlan({})).plan!.id;
      const plan = await bridge.api.getPlan({ planId });
      const a1 = plan.indicators[0]!.items[0]!.activities[0]!;
      await bridge.api.saveFollowUp({ activityId: a1.id, month: '2023-03', status: 'done', result: 'ทำแล้ว' });
      const imported = (await bridge.api.listAudit({ planId })).find((e) => e.action === 'plan.import')!;

      await page.reload();
      await page.getByRole('button', { name: 'ประวัติการแก้ไข', exact: true }).click();
      const line = page.locator(`tr.hi-row[data-batch-id="${imported.batchId}"]`).first();
      await line.getByRole('button', { name: 'ย้อนกลับ…' }).click();
      const dialog = page.getByTestId('revert-preview');
      await dialog.getByTestId('revert-detail').waitFor();
      expect(await dialog.getByTestId('revert-detail').innerText()).toBe(
        'ลบทั้งแผน: ๗๐ ข้อ ๑๑๒ กิจกรรม ผลการดำเนินงาน ๑ รายการ',
      );
      const confirm = dialog.getByTestId('revert-confirm');
      expect(await confirm.innerText()).toContain('แผนนี้มีผลการดำเนินงานที่บันทึกไว้แล้ว ๑ รายการ');
      const go = page.getByRole('dialog').getByRole('button', { name: 'ย้อนกลับ', exact: true });
      expect(await go.isDisabled()).toBe(true); // not before the tick
      await screenshot(page, 'history-revert-plan-preview');
      expect(await bridge.api.listPlans({})).toHaveLength(1); // the preview wrote nothing
      await confirm.getByRole('checkbox').check();
      await go.click();
      await page.locator('.hi-notice', { hasText: 'ย้อนกลับแล้ว: นำเข้าแผนปีงบประมาณ พ.ศ. ๒๕๖๖' }).waitFor();
      expect(await bridge.api.listPlans({})).toEqual([]);

      // The revert is the newest line; taking it back restores the plan, with the same ids, and its report.
      const newest = page.locator('tr.hi-row').first();
      await expect.poll(() => newest.innerText()).toContain('ย้อนกลับรายการที่');
      await newest.getByRole('button', { name: 'ย้อนกลับ…' }).click();
      await dialog.getByTestId('revert-detail').waitFor();
      expect(await dialog.getByTestId('revert-detail').innerText()).toContain('นำทั้งแผนกลับมาด้วยรหัสเดิม: ๗๐ ข้อ');
      expect(await dialog.getByTestId('revert-confirm').count()).toBe(0);
      await screenshot(page, 'history-revert-plan-back');
      await page.getByRole('dialog').getByRole('button', { name: 'ย้อนกลับทั้งชุด' }).click();
      await page.locator('.hi-notice', { hasText: 'ย้อนกลับแล้ว: ย้อนกลับรายการที่' }).waitFor();
      expect(await bridge.api.getPlan({ planId })).toEqual(plan);
      const row = (await bridge.api.listMonth({ planId, month: '2023-03' })).find((r) => r.activityId === a1.id)!;
      expect(row.followUp).toMatchObject({ status: 'done', result: 'ทำแล้ว' });
      // The app shows the plan again.
      await page.getByRole('button', { name: 'แผนมาตรการ' }).click();
      await page.locator(`tr[data-activity-id="${a1.id}"]`).first().waitFor();
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
