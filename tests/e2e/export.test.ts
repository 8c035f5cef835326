import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser';
import { visibleText } from '../helpers/html';
import { toArabicDigits } from '../../core/thai';
import { ONE_PART_PAGES, pagesPerPartFor } from '../../electron/reports/pdf/render';
import { growPlan } from '../bench/plans';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('export from the app (save dialog, progress, open/reveal)', () => {
  it('exports the monthly sheet as PDF, the plan as Excel and a division form; cancel changes nothing', async () => {
    const s = await openApp(browser);
    try {
      const r = await s.bridge.api.importSamplePlan({});
      const act = (await s.bridge.api.listMonth({ planId: r.plan!.id, month: '2023-03' }))[0]!;
      await s.bridge.api.saveFollowUp({
        activityId: act.activityId,
        month: '2023-03',
        status: 'done',
        result: 'ประชุมแล้ว',
      });
      await s.page.reload();
      const dialog = s.page.getByTestId('export-dialog');

      // Cancelled save dialog: nothing written, the form stays.
      s.bridge.savePaths.push(null);
      await s.page.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
      await dialog.locator('select[aria-label="เดือน"]').selectOption('2023-03');
      await s.page.getByRole('button', { name: 'ส่งออก…' }).click();
      await expect(s.page.getByTestId('export-done').count()).resolves.toBe(0);

      // Monthly sheet as PDF.
      await s.page.getByRole('button', { name: 'ส่งออก…' }).click();
      const done = s.page.getByTestId('export-done');
      await done.waitFor({ timeout: 30_000 });
      const pdfPath = (await done.locator('code').textContent())!;
      expect(pdfPath).toMatch(/รายงานประจำเดือน มี\.ค\. ๒๕๖๖.*\.pdf$/);
      expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
      await expect(done.textContent()).resolves.toMatch(/บันทึกแล้ว [๐-๙]+ หน้า/);
      await screenshot(s.page, 'export-done');
      await s.page.getByRole('button', { name: 'เปิดโฟลเดอร์' }).click();
      await s.page.getByRole('button', { name: 'เปิดไฟล์' }).click();
      await expect.poll(() => s.bridge.opened.revealed).toEqual([pdfPath]);
      await expect.poll(() => s.bridge.opened.files).toEqual([pdfPath]);
      await s.page.keyboard.press('Escape');

      // Straight to the printer: the same HTML as the PDF goes to the print dialog, which closes the export dialog.
      await s.page.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
      await dialog.getByText('แผนมาตรการ', { exact: true }).click();
      await s.page.getByRole('button', { name: 'พิมพ์…' }).click();
      // The plan is laid out in the PDF printer's Chromium first (as its PDF is), which takes a moment.
      await expect.poll(() => s.bridge.opened.printed.length, { timeout: 30_000 }).toBe(1);
      expect(visibleText(s.bridge.opened.printed[0]!)).toContain('ระยะเวลากำกับติดตามโดย ผอ.เขต');
      await dialog.waitFor({ state: 'detached' });

      // The plan as Excel.
      await s.page.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
      await dialog.getByText('แผนมาตรการ', { exact: true }).click();
      await dialog.getByText('Excel', { exact: true }).click();
      await s.page.getByRole('button', { name: 'ส่งออก…' }).click();
      await done.waitFor();
      const xlsxPath = (await done.locator('code').textContent())!;
      expect(xlsxPath).toMatch(/\.xlsx$/);
      expect(fs.readFileSync(xlsxPath).subarray(0, 2).toString()).toBe('PK');
      await s.page.keyboard.press('Escape');

      // A division's form needs a division first.
      await s.page.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
      await dialog.getByText('แบบฟอร์มรายงานของฝ่าย (Excel)').click();
      await expect(s.page.getByRole('button', { name: 'ส่งออก…' }).isDisabled()).resolves.toBe(true);
      await dialog.locator('select[aria-label="ฝ่าย"]').selectOption({ label: 'ฝ่ายปกครอง' });
      await s.page.getByRole('button', { name: 'ส่งออก…' }).click();
      await done.waitFor();
      expect((await done.locator('code').textContent())!).toMatch(/แบบฟอร์มรายงาน ฝ่ายปกครอง.*\.xlsx$/);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
  it('says which part of a long PDF is printing, then how many pages it saved', async () => {
    const s = await openApp(browser);
    try {
      const planId = (await s.bridge.api.importSamplePlan({})).plan!.id;
      // Twice the sample's activities: its annual report is longer than one part (ONE_PART_PAGES).
      await growPlan(s.bridge.api, planId, 224);
      await s.page.reload();
      // Every text the dialog's status line shows while it works (it changes faster than a test polls).
      await s.page.evaluate(() => {
        const seen: string[] = ((window as unknown as { seenStatus: string[] }).seenStatus = []);
        new MutationObserver(() => {
          const t = document.querySelector('.export-progress')?.textContent;
          if (t && seen.at(-1) !== t) seen.push(t);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await s.page.getByRole('button', { name: 'ส่งออกรายงาน' }).click();
      await s.page.getByTestId('export-dialog').getByText('รายงานผลประจำปี', { exact: true }).click();
      await s.page.getByRole('button', { name: 'ส่งออก…' }).click();
      const done = s.page.getByTestId('export-done');
      await done.waitFor({ timeout: 60_000 });
      const pages = Number(toArabicDigits(/บันทึกแล้ว ([๐-๙]+) หน้า/.exec((await done.textContent())!)![1]!));
      expect(pages).toBeGreaterThan(ONE_PART_PAGES);
      const parts = Math.ceil(pages / pagesPerPartFor(pages));
      expect(parts).toBeGreaterThan(1);
      const seen = await s.page.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
      const said = seen.flatMap((t) => {
        const m = /กำลังพิมพ์ส่วนที่ ([๐-๙]+) จาก ([๐-๙]+)/.exec(t);
        return m ? [[Number(toArabicDigits(m[1]!)), Number(toArabicDigits(m[2]!))]] : [];
      });
      expect(said.length, seen.join(' | ')).toBeGreaterThan(0);
      for (const [part, of] of said) {
        expect(of).toBe(parts);
        expect(part).toBeGreaterThanOrEqual(1);
        expect(part).toBeLessThanOrEqual(parts);
      }
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  }, 90_000);
});
