// Undo, revert and clear row (issue 13 point 3) in the real UI, in Chromium over the loopback bridge
// (real API, a fresh SQLite file per test): copy from last month shows its preview and asks, and one
// เลิกทำ removes the whole copy; Ctrl+Z outside a text box undoes the last save; ล้างแถว clears a
// row and Ctrl+Z brings it back; the history reverts a batch after a preview and refuses, saying
// why, when a later edit touched the same field; the plan editor's เลิกทำ and its lock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PLAN_LOCKED } from '../../core/terms';
import { makeApi } from '../helpers/api';
import { launchBrowser, openApp, screenshot, type AppSession } from './browser';
import { wake } from './followupPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FEB = '2023-02';
const MARCH = '2023-03';
const row = (page: Page, activityId: number) => page.locator(`tr.fu-row[data-activity-id="${activityId}"]`);
const field = (page: Page, activityId: number, name: string) => row(page, activityId).locator(`[data-field="${name}"]`);
/** The status a row shows, dormant or awake (DormantRow and LiveRow both say it in data-status). */
const statusOf = (page: Page, activityId: number) => row(page, activityId).getAttribute('data-status');

async function stored(s: AppSession, planId: number, activityId: number, month = MARCH) {
  const rows = await s.bridge.api.listMonth({ planId, month });
  return rows.find((r) => r.activityId === activityId)!.followUp;
}

async function openMarch(s: AppSession) {
  await s.page.reload();
  await s.page.getByRole('button', { name: 'ติดตามรายเดือน' }).click();
  await s.page.locator('table.fu-table[data-complete="true"]').waitFor();
  await s.page.locator(`button.fu-month[data-month="${MARCH}"]`).click();
  await s.page.locator(`table.fu-table[data-month="${MARCH}"][data-complete="true"]`).waitFor();
}

async function withSample(run: (s: AppSession, planId: number, ids: number[]) => Promise<void>) {
  const s = await openApp(browser);
  try {
    const planId = (await s.bridge.api.importSamplePlan({})).plan!.id;
    const ids = (await s.bridge.api.listMonth({ planId, month: MARCH })).map((r) => r.activityId);
    await run(s, planId, ids);
    expect(s.consoleErrors).toEqual([]);
  } finally {
    await s.close();
  }
}

describe('undo and revert (real UI in Chromium, real API over the loopback bridge)', () => {
  it('one เลิกทำ takes a whole copy back; Ctrl+Z outside a box undoes a save; ล้างแถว and its undo', async () => {
    await withSample(async (s, planId, [a1, a2, a3, a4]) => {
      const { page } = s;
      for (const [id, result] of [
        [a1!, 'ร่างคู่มือแล้ว'],
        [a2!, 'ประสานฝ่ายทะเบียนแล้ว'],
      ] as const) {
        await s.bridge.api.saveFollowUp({ activityId: id, month: FEB, status: 'inProgress', result });
      }
      await openMarch(s);

      // Copy last month: the preview lists the rows and their fields, and asks before writing.
      await page.getByRole('button', { name: 'คัดลอกจากเดือนก่อน' }).click();
      const preview = page.getByTestId('copy-preview');
      await preview.locator(`tr[data-activity-id="${a1}"]`).waitFor();
      expect(await preview.locator(`tr[data-activity-id="${a2}"]`).innerText()).toContain('ประสานฝ่ายทะเบียนแล้ว');
      expect(await preview.locator('thead').innerText()).toMatch(/สถานะ[\s\S]*ผลการดำเนินงาน[\s\S]*ปัญหา\/อุปสรรค/);
      expect(await stored(s, planId, a1!)).toBeNull(); // asked, not written
      await page.getByRole('dialog').getByRole('button', { name: 'คัดลอก ๒ กิจกรรม' }).click();
      await row(page, a2!).locator('[data-testid="draft-badge"]').waitFor();
      expect(await stored(s, planId, a1!)).toMatchObject({ draft: true, result: 'ร่างคู่มือแล้ว' });

      // One เลิกทำ: the whole copy goes.
      await page.getByRole('button', { name: 'เลิกทำ', exact: true }).click();
      await page.locator('.fu-notice', { hasText: 'เลิกทำแล้ว: คัดลอกผลเดือน ก.พ. ๖๖ ไปเดือน มี.ค. ๖๖' }).waitFor();
      await expect.poll(() => page.locator('[data-testid="draft-badge"]').count()).toBe(0);
      expect(await stored(s, planId, a1!)).toBeNull();
      expect(await stored(s, planId, a2!)).toBeNull();
      expect(await statusOf(page, a1!)).toBe('notReported');
      await screenshot(page, 'followup-undo-copy');

      // A save, then Ctrl+Z with the focus outside any text box: the save is undone.
      await wake(page, a3!);
      await field(page, a3!, 'result').fill('จัดประชุมแล้ว');
      await field(page, a3!, 'result').blur();
      await row(page, a3!).locator('.fu-state-saved').waitFor();
      expect(await stored(s, planId, a3!)).toMatchObject({ result: 'จัดประชุมแล้ว' });
      await page.locator('.fu-title h1').click();
      await page.keyboard.press('Control+z');
      await page.locator('.fu-notice', { hasText: 'เลิกทำแล้ว: บันทึกผลข้อ' }).waitFor();
      await expect.poll(() => stored(s, planId, a3!)).toBeNull();
      await expect.poll(() => row(page, a3!).locator('[data-field="result"]').textContent()).toBe('ผลการดำเนินงาน');

      // ล้างแถว: the report and its link go, the row reads ยังไม่รายงาน; Ctrl+Z brings both back.
      await s.bridge.api.saveFollowUp({ activityId: a4!, month: MARCH, status: 'done', qty: 1, result: 'เผยแพร่แล้ว' });
      await s.bridge.api.addEvidenceUrl({ activityId: a4!, month: MARCH, url: 'https://www.bangkok.go.th/dusit' });
      await openMarch(s);
      await row(page, a4!).scrollIntoViewIfNeeded();
      await screenshot(page, 'followup-row-clear-button'); // a reported row offers ล้างแถว
      await row(page, a4!).getByTestId('clear-row').click();
      await page.locator('.fu-notice', { hasText: 'ล้างผลของแถวแล้ว' }).waitFor();
      await expect.poll(() => statusOf(page, a4!)).toBe('notReported');
      expect(await stored(s, planId, a4!)).toBeNull();
      expect(await row(page, a4!).getByTestId('clear-row').count()).toBe(0);
      await row(page, a4!).scrollIntoViewIfNeeded();
      await screenshot(page, 'followup-clear-row');
      await page.locator('.fu-title h1').click();
      await page.keyboard.press('Control+z');
      await page.locator('.fu-notice', { hasText: 'เลิกทำแล้ว: ล้างผลข้อ' }).waitFor();
      await expect.poll(() => statusOf(page, a4!)).toBe('done');
      const back = await stored(s, planId, a4!);
      expect(back).toMatchObject({ status: 'done', qty: 1, result: 'เผยแพร่แล้ว' });
      expect(back!.evidence.map((e) => e.url)).toEqual(['https://www.bangkok.go.th/dusit']);

      // Nothing of this user's left to undo in the grid: it says so.
      while ((await s.bridge.api.undoLast({ planId, scope: 'followUp' })).result !== null);
      await page.getByRole('button', { name: 'เลิกทำ', exact: true }).click();
      await page.locator('.fu-notice', { hasText: 'ไม่มีการบันทึกที่เลิกทำได้' }).waitFor();
    });
  });

  it('the history reverts a copy after a preview, and refuses (saying why) when a later edit touched the field', async () => {
    await withSample(async (s, planId, [a1, a2, a3]) => {
      const { page } = s;
      for (const id of [a1!, a2!]) {
        await s.bridge.api.saveFollowUp({ activityId: id, month: FEB, status: 'inProgress', result: 'เริ่มแล้ว' });
      }
      const copy = await s.bridge.api.copyMonth({ planId, from: FEB, to: MARCH });
      await s.bridge.api.saveFollowUp({ activityId: a3!, month: MARCH, status: 'inProgress', result: 'ร่างแล้ว' });
      const mine = (await s.bridge.api.listAudit({ limit: 1 }))[0]!;
      // Someone else edits the same field afterwards.
      const other = makeApi(s.dbPath, 'สมหญิง ใจดี');
      await other.api.saveFollowUp({ activityId: a3!, month: MARCH, status: 'inProgress', result: 'ร่างเสร็จแล้ว' });
      other.db.close();

      await page.reload();
      await page.getByRole('button', { name: 'ประวัติการแก้ไข', exact: true }).click();
      await page.locator('[data-screen="history"] tr.hi-row').first().waitFor();
      // The copy's heading line: ย้อนกลับ… opens the preview of the whole batch.
      const heading = page.locator(`tr.hi-row[data-batch-id="${copy.batchId}"]`).first();
      await heading.getByRole('button', { name: 'ย้อนกลับ…' }).click();
      const dialog = page.getByTestId('revert-preview');
      await dialog.locator('.hi-revert-change').first().waitFor();
      expect(await dialog.locator('.hi-revert-change').count()).toBe(2);
      expect(await dialog.innerText()).toContain('ทั้งชุด (๓ รายการที่บันทึกพร้อมกัน)');
      expect(await dialog.locator('.hi-revert-lead').innerText()).toContain('คัดลอกผลเดือน ก.พ. ๖๖ ไปเดือน มี.ค. ๖๖');
      expect(await stored(s, planId, a1!)).toMatchObject({ draft: true }); // the preview wrote nothing
      await screenshot(page, 'history-revert-preview');
      await page.getByRole('dialog').getByRole('button', { name: 'ย้อนกลับทั้งชุด' }).click();
      await page.locator('.hi-notice', { hasText: 'ย้อนกลับแล้ว: คัดลอกผลเดือน' }).waitFor();
      expect(await stored(s, planId, a1!)).toBeNull();
      expect(await stored(s, planId, a2!)).toBeNull();
      // The revert is the newest line; the copy's lines say they were taken back.
      await expect
        .poll(() => page.locator(`tr.hi-row[data-batch-id="${copy.batchId}"] [data-testid="hi-reverted"]`).count())
        .toBe(3);
      expect(await page.locator('tr.hi-row').first().innerText()).toContain('ย้อนกลับรายการที่');
      await screenshot(page, 'history-reverted');

      // A later edit of the same field by someone else: refused, naming the field and who; nothing changes.
      await page.locator(`tr.hi-row[data-audit-id="${mine.id}"]`).getByRole('button', { name: 'ย้อนกลับ…' }).click();
      const refusals = page.getByTestId('revert-refusals');
      await refusals.waitFor();
      expect(await refusals.innerText()).toMatch(/ช่อง ผลการดำเนินงาน ถูกแก้ไขภายหลัง โดย สมหญิง ใจดี/);
      expect(await page.getByRole('dialog').getByRole('button', { name: 'ย้อนกลับ', exact: true }).isDisabled()).toBe(
        true,
      );
      await screenshot(page, 'history-revert-refused');
      await page.keyboard.press('Escape');
      expect(await stored(s, planId, a3!)).toMatchObject({ result: 'ร่างเสร็จแล้ว' });
    });
  });

  it("the plan editor's เลิกทำ puts an edited cell back; on an approved plan it is refused with the lock message", async () => {
    await withSample(async (s, planId) => {
      const { page } = s;
      const plan = await s.bridge.api.getPlan({ planId });
      const first = plan.indicators[0]!.items[0]!.activities[0]!;
      await page.reload();
      await page.getByRole('button', { name: 'แผนมาตรการ' }).click();
      const cell = page.locator(`tr[data-activity-id="${first.id}"] [data-field="text"]`);
      await cell.click({ position: { x: 8, y: 8 } });
      await cell.locator('textarea').waitFor();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('กิจกรรมที่แก้แล้วจะเลิกทำ');
      await page.locator('.plan-header h1').click();
      const text = async () => (await s.bridge.api.getPlan({ planId })).indicators[0]!.items[0]!.activities[0]!.text;
      await expect.poll(text).toBe('กิจกรรมที่แก้แล้วจะเลิกทำ');
      await page.getByRole('button', { name: 'เลิกทำ', exact: true }).click();
      await page.locator('.plan-undo-note', { hasText: 'เลิกทำแล้ว: แก้ไขกิจกรรม' }).waitFor();
      await expect.poll(text).toBe(first.text);
      await expect
        .poll(async () => (await cell.innerText()).replace(/\u00a0/g, ' '))
        .toContain(first.text.slice(0, 20));
      await screenshot(page, 'plan-undo');

      // Approved: the plan is the signed document, the undo is refused with the one lock message.
      // Nothing else of this user's in the plan editor (importing the plan is not a cell's save).
      await page.keyboard.press('Control+z');
      await page.locator('.plan-undo-note', { hasText: 'ไม่มีการบันทึกที่เลิกทำได้' }).waitFor();
      await s.bridge.api.updateActivity({ activityId: first.id, awareness: 'ประกาศทางเว็บไซต์' });
      await s.bridge.api.approvePlan({ planId });
      await page.reload();
      await page.getByRole('button', { name: 'แผนมาตรการ' }).click();
      await page.getByTestId('approved-banner').waitFor();
      await page.getByRole('button', { name: 'เลิกทำ', exact: true }).click();
      await page.locator('.plan-undo-note.error', { hasText: PLAN_LOCKED }).waitFor();
      expect((await s.bridge.api.getPlan({ planId })).indicators[0]!.items[0]!.activities[0]!.awareness).toBe(
        'ประกาศทางเว็บไซต์',
      );
    });
  });
});
