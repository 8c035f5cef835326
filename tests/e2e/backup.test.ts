// สำรองและกู้คืนข้อมูล in the real UI (Chromium over the loopback bridge, real API and files):
// back up now, back up to a file, a refused file explained in Thai, and a restore that shows what
// the file holds, asks, replaces the data and reloads the screens.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { tmpDir } from '../helpers/tmp';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('backup and restore in the settings screen', () => {
  it('backs up, refuses a foreign file, and restores a backup after showing what it holds', async () => {
    const s = await openApp(browser, { height: 900 });
    const { api } = s.bridge;
    const page = s.page;
    try {
      await api.importSamplePlan({});
      await page.reload();
      await page.getByRole('button', { name: 'ตั้งค่า', exact: true }).click();
      const section = page.getByTestId('backup-section');
      await section.waitFor();
      await expect(section.getByTestId('bk-dir').textContent()).resolves.toBe(
        path.join(path.dirname(s.dbPath), 'backups'),
      );
      // The one-file promise: users are told to copy with สำรองข้อมูล, not by copying the file (issue 12.8).
      await expect(section.getByTestId('bk-copy-hint').textContent()).resolves.toContain('สำรองไปยังไฟล์…');
      await screenshot(page, 'settings-backup-copy-hint');

      // สำรองข้อมูลตอนนี้: a backup appears in the list.
      await section.getByRole('button', { name: 'สำรองข้อมูลตอนนี้' }).click();
      await expect(section.getByTestId('bk-note').textContent()).resolves.toContain('สำรองข้อมูลแล้ว');
      await section.locator('tr.bk-row').first().waitFor();
      const backups = (await api.listBackups({})).backups;
      expect(backups).toHaveLength(1);

      // สำรองไปยังไฟล์…: the save dialog's answer gets a standalone copy.
      const out = path.join(tmpDir(), 'ส่งให้เขต.sqlite');
      s.bridge.savePaths.push(out);
      await section.getByRole('button', { name: 'สำรองไปยังไฟล์…' }).click();
      await expect(section.getByTestId('bk-note').textContent()).resolves.toContain(out);
      expect(fs.existsSync(out)).toBe(true);

      // The data changes after the backup.
      await api.createPlan({ fiscalYear: 2567 });
      expect((await api.listPlans({})).map((p) => p.fiscalYear).sort()).toEqual([2566, 2567]);

      // A foreign file: refused in Thai, nothing asked, nothing changed.
      const junk = path.join(tmpDir(), 'letter.sqlite');
      fs.writeFileSync(junk, 'ไม่ใช่ฐานข้อมูล '.repeat(200));
      s.bridge.openPaths.push(junk);
      await section.getByRole('button', { name: 'กู้คืนจากไฟล์…' }).click();
      await expect(section.getByTestId('bk-note').textContent()).resolves.toContain('ไม่ใช่ไฟล์ข้อมูลของ ITA Tracker');
      await screenshot(page, 'backup-refused');
      expect(await page.locator('[role=dialog]').count()).toBe(0);
      expect((await api.listPlans({})).length).toBe(2);

      // Restore from the file written above: what it holds is shown first.
      s.bridge.openPaths.push(out);
      await section.getByRole('button', { name: 'กู้คืนจากไฟล์…' }).click();
      const dialog = page.locator('[role=dialog]');
      await dialog.waitFor();
      const info = await dialog.getByTestId('bk-info').textContent();
      expect(info).toContain('พ.ศ. ๒๕๖๖');
      expect(info).not.toContain('๒๕๖๗');
      expect(info).toMatch(/ดุสิต|สำนักงานเขต/);
      await screenshot(page, 'backup-restore-confirm');
      // Cancel: nothing changes.
      await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
      expect((await api.listPlans({})).length).toBe(2);

      s.bridge.openPaths.push(out);
      await section.getByRole('button', { name: 'กู้คืนจากไฟล์…' }).click();
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'กู้คืนแทนข้อมูลปัจจุบัน' }).click();
      await expect(section.getByTestId('bk-note').textContent()).resolves.toContain('กู้คืนข้อมูลแล้ว');
      expect((await api.listPlans({})).map((p) => p.fiscalYear)).toEqual([2566]);
      const after = (await api.listBackups({})).backups.map((b) => b.reason).sort();
      expect(after).toEqual(['manual', 'pre-restore']);
      await section.locator('tr.bk-row').nth(1).waitFor();
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'backup-restored');

      // The screens show the restored data: the plan screen has only FY2566.
      await page.getByRole('button', { name: 'แผนมาตรการ', exact: true }).click();
      await page.locator('[data-screen="plan"]').waitFor();
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
