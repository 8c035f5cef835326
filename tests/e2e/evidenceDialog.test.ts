// "+ ไฟล์" in the desktop app opens the app's own dialog (it starts in the folder used last); the files
// it returns are attached as files picked in a browser are, and one over the limit is refused in Thai.
// Real UI in Chromium; the bridge answers the desktop dialog (tests/e2e/bridge/server.ts evidencePaths).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { tmpDir } from '../helpers/tmp';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('attaching evidence through the desktop dialog', () => {
  it('attaches the files the dialog returns and refuses one over 20 MB', async () => {
    const s = await openApp(browser, { height: 900 });
    const page = s.page;
    try {
      const planId = (await s.bridge.api.importSamplePlan({})).plan!.id;
      const [first] = await s.bridge.api.listMonth({ planId, month: '2023-03' });
      const dir = path.join(tmpDir(), 'หลักฐาน มี.ค.');
      fs.mkdirSync(dir);
      const pdf = path.join(dir, 'รายงานการประชุม ครั้งที่ 1.pdf');
      fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
      const big = path.join(dir, 'ภาพทั้งหมด.pdf');
      fs.closeSync(fs.openSync(big, 'w'));
      fs.truncateSync(big, 21 * 1024 * 1024);
      s.bridge.evidencePaths.push([pdf, big]);

      await page.reload();
      await page.getByRole('button', { name: 'ติดตามรายเดือน' }).click();
      await page.getByRole('button', { name: 'มี.ค. ๖๖' }).click();
      const row = page.locator(`tr.fu-row[data-activity-id="${first!.activityId}"]`);
      await row.getByRole('button', { name: '+ ไฟล์' }).click();
      await expect.poll(() => row.locator('.fu-ev').innerText()).toContain('รายงานการประชุม ครั้งที่ 1.pdf');
      await expect.poll(() => row.innerText()).toContain('ภาพทั้งหมด.pdf');
      const rows = await s.bridge.api.listMonth({ planId, month: '2023-03' });
      const stored = rows.find((r) => r.activityId === first!.activityId)!.followUp!.evidence;
      expect(stored.map((e) => e.fileName)).toEqual(['รายงานการประชุม ครั้งที่ 1.pdf']);
    } finally {
      await s.close();
    }
  });
});
