import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { makeApi } from '../helpers/api';
import { visibleText } from '../helpers/html';
import { tmpDir } from '../helpers/tmp';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first run (real UI in Chromium, real API over the loopback bridge)', () => {
  it('welcomes with three ways to start; the sample plan opens the plan screen', async () => {
    const s = await openApp(browser);
    try {
      await s.page.locator('section[data-screen="welcome"]').waitFor();
      await screenshot(s.page, 'welcome');
      await s.page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' }).click();
      await s.page.locator('section[data-screen="plan"]').waitFor();
      await s.page.locator('section[data-screen="plan"] [data-item-id]').first().getByText('I1').first().waitFor();
      expect(await s.bridge.api.listPlans({})).toMatchObject([
        { fiscalYear: 2566, itemCount: 70, office: 'สำนักงานเขตดุสิต' },
      ]);
      await screenshot(s.page, 'first-run-plan');
      await s.page.keyboard.press('Control+6');
      await s.page
        .locator('section[data-screen="help"]')
        .getByRole('heading', { name: /ส่งออกและพิมพ์รายงาน/ })
        .waitFor();
      await screenshot(s.page, 'help');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('asks the office name before an empty plan or an import, and keeps it for the reports', async () => {
    const s = await openApp(browser);
    try {
      await s.page.getByRole('button', { name: 'เริ่มแผนเปล่า' }).click();
      await s.page.getByRole('alert').getByText('กรุณาระบุชื่อหน่วยงาน').waitFor();
      await s.page.getByLabel('ชื่อหน่วยงาน').fill('สำนักงานเขตพระนคร');
      await s.page.getByRole('button', { name: 'นำเข้าแผนของหน่วยงาน' }).click();
      await s.page.getByRole('dialog').waitFor();
      await s.page.keyboard.press('Escape');
      await s.page.getByRole('button', { name: 'เริ่มแผนเปล่า' }).click();
      await s.page.locator('#new-plan-year').fill('2568');
      await s.page.getByRole('dialog').getByRole('button', { name: 'สร้างแผน', exact: true }).click();
      await s.page.locator('section[data-screen="plan"]').waitFor();
      expect(await s.bridge.api.getSettings({})).toMatchObject({ office: 'สำนักงานเขตพระนคร' });
      expect(await s.bridge.api.listPlans({})).toMatchObject([
        { fiscalYear: 2568, office: 'สำนักงานเขตพระนคร', itemCount: 0 },
      ]);
    } finally {
      await s.close();
    }
  });

  it('asks who signs the sheets (names and positions) and prints them on the monthly sheet', async () => {
    const s = await openApp(browser);
    const { page } = s;
    try {
      await page.getByLabel('ชื่อหน่วยงาน', { exact: true }).fill('สำนักงานเขตบางรัก');
      const signers = {
        ผู้รายงาน: 'นางสาวสมหญิง ใจดี',
        ตำแหน่งผู้รายงาน: 'นักวิเคราะห์นโยบายและแผนชำนาญการ',
        หัวหน้าฝ่ายปกครอง: 'นายสมศักดิ์ รักงาน',
        ตำแหน่งหัวหน้าฝ่ายปกครอง: 'หัวหน้าฝ่ายปกครอง',
        ชื่อผู้อำนวยการเขต: 'นายใจดี มีสุข',
        ตำแหน่งผู้อำนวยการเขต: 'ผู้อำนวยการเขตบางรัก',
      };
      for (const [label, value] of Object.entries(signers)) await page.getByLabel(label, { exact: true }).fill(value);
      await screenshot(page, 'welcome-signers');
      await page.getByRole('button', { name: 'เริ่มแผนเปล่า' }).click();
      await page.locator('#new-plan-year').fill('2568');
      await page.getByRole('dialog').getByRole('button', { name: 'สร้างแผน', exact: true }).click();
      await page.locator('section[data-screen="plan"]').waitFor();
      expect(await s.bridge.api.getSettings({})).toMatchObject({
        office: 'สำนักงานเขตบางรัก',
        reporterName: 'นางสาวสมหญิง ใจดี',
        reporterTitle: 'นักวิเคราะห์นโยบายและแผนชำนาญการ',
        headOfGovernance: 'นายสมศักดิ์ รักงาน',
        headTitle: 'หัวหน้าฝ่ายปกครอง',
        directorName: 'นายใจดี มีสุข',
        directorTitle: 'ผู้อำนวยการเขตบางรัก',
      });
      // The sheet's signatures: each name with its position under it.
      const planId = (await s.bridge.api.listPlans({}))[0]!.id;
      await s.bridge.api.printReport({ planId, report: 'month', month: '2025-03' });
      const text = visibleText(s.bridge.opened.printed[0]!);
      for (const v of Object.values(signers)) expect(text).toContain(v);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('restores the data of another PC from its backup file, after showing what the file holds', async () => {
    const old = makeApi(path.join(tmpDir(), 'old-pc.sqlite'));
    await old.api.importSamplePlan({});
    const file = path.join(tmpDir(), 'สำรอง เครื่องเดิม.sqlite');
    await old.api.backupToFile({ path: file });
    old.db.close();
    const s = await openApp(browser);
    const { page } = s;
    try {
      s.bridge.openPaths.push(file);
      await page.getByRole('button', { name: /กู้คืนจากไฟล์สำรอง/ }).click();
      const dialog = page.getByRole('dialog', { name: 'กู้คืนข้อมูลจากไฟล์นี้?' });
      const info = dialog.getByTestId('welcome-restore-info');
      await info.waitFor();
      expect(await info.innerText()).toContain('สำนักงานเขตดุสิต');
      expect(await info.innerText()).toContain('พ.ศ. ๒๕๖๖');
      await screenshot(page, 'welcome-restore');
      await dialog.getByRole('button', { name: 'กู้คืนข้อมูล' }).click();
      await page.locator('section[data-screen="welcome"]').waitFor({ state: 'detached' });
      await expect.poll(async () => (await s.bridge.api.listPlans({})).map((p) => p.fiscalYear)).toEqual([2566]);
      await page.locator('nav, [role="tablist"]').first().waitFor();
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
