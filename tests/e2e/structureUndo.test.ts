// The structure dialog's edits in the plan editor's undo (issue 13 point 3), in Chromium over the
// loopback bridge (real API, a fresh SQLite file): a tool renamed, an indicator deleted with its items,
// tools reordered and a tool added — each taken back by the dialog's own “เลิกทำ” or by Ctrl+Z with
// the dialog open, the dialog showing the plan as it is again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withDigits } from '../../core/thai';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('undo in the structure dialog (real UI in Chromium, real API over the loopback bridge)', () => {
  it('takes back a rename, a delete with what went along, a reorder and an added tool', async () => {
    const s = await openApp(browser);
    try {
      const { page, bridge } = s;
      const planId = (await bridge.api.importSamplePlan({})).plan!.id;
      const start = await bridge.api.getPlan({ planId });
      const detail = () => bridge.api.getPlan({ planId });
      await page.reload();
      await page.getByRole('button', { name: 'แผนมาตรการ' }).click();
      await page.getByRole('button', { name: 'โครงสร้างแผน' }).click();
      const dialog = page.getByRole('dialog', { name: 'โครงสร้างแผน' });
      const undo = dialog.getByRole('button', { name: 'เลิกทำ', exact: true });
      const note = (text: string | RegExp) => dialog.locator('.plan-undo-note', { hasText: text }).waitFor();

      // A rename, undone with the dialog's button.
      const eit = dialog.getByLabel('ชื่อแบบวัด EIT');
      await eit.fill('แบบวัดที่เปลี่ยนชื่อแล้ว');
      await eit.press('Enter');
      await expect.poll(async () => (await detail()).tools[1]!.name).toBe('แบบวัดที่เปลี่ยนชื่อแล้ว');
      await undo.click();
      await note('เลิกทำแล้ว: แก้ไขแบบวัด EIT');
      await expect.poll(() => eit.inputValue()).toBe(start.tools[1]!.name);

      // An indicator deleted with its items and activities; Ctrl+Z outside a text box brings it all back.
      const second = start.indicators[1]!;
      const row = dialog.locator(`.st-indicator[data-indicator="${second.number}"]`);
      await row.getByRole('button', { name: 'ลบ', exact: true }).first().click();
      await page
        .getByRole('dialog', { name: /^ลบตัวชี้วัดที่ / })
        .getByRole('button', { name: 'ลบตัวชี้วัด' })
        .click();
      await row.waitFor({ state: 'detached' });
      await dialog.getByRole('heading', { name: 'โครงสร้างแผน' }).click();
      await page.keyboard.press('Control+z');
      await note(`เลิกทำแล้ว: ลบตัวชี้วัดที่ ${withDigits(second.number, 'thai')}`);
      await row.waitFor();
      await expect.poll(async () => (await detail()).indicators).toEqual(start.indicators);

      // Tools reordered (OIT up), then a tool added: two undos, newest first.
      await dialog.getByRole('button', { name: 'เลื่อนแบบวัด OITขึ้น' }).click();
      await expect.poll(async () => (await detail()).tools.map((t) => t.code).join()).toBe('IIT,OIT,EIT');
      await dialog.getByRole('button', { name: '+ เพิ่มแบบวัด' }).click();
      await dialog.getByLabel('รหัสแบบวัด T4').waitFor();
      await screenshot(page, 'structure-undo-before');
      await undo.click();
      await note(/^เลิกทำแล้ว: เพิ่มแบบวัด T[4๔]$/); // a code's digits are the code's own
      await dialog.getByLabel('รหัสแบบวัด T4').waitFor({ state: 'detached' });
      await undo.click();
      await note('เลิกทำแล้ว: จัดลำดับแบบวัด');
      await expect
        .poll(() => dialog.locator('.st-tool').evaluateAll((els) => els.map((e) => e.getAttribute('data-tool')).join()))
        .toBe('IIT,EIT,OIT');
      await screenshot(page, 'structure-undo-after');
      expect(await detail()).toEqual({ ...start, updatedAt: expect.any(String) });
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
