// ตั้งค่า and ประวัติการแก้ไข in the real UI: settings save themselves and survive a reload, the
// numerals setting changes the overview, divisions can be added/renamed/removed (and a division in
// use is refused in Thai), and the history shows each change with its user and before/after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createApi } from '../../electron/api/createApi';
import { launchBrowser, openApp, screenshot } from './browser';
import { beDate, fillBeDate } from './beDate';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const THAI_DIGIT = /[\u0E50-\u0E59]/;

async function goTo(page: Page, label: string, screen: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.locator(`[data-screen="${screen}"]`).waitFor();
}

const rows = (page: Page) => page.locator('[data-screen="history"] tr.hi-row');

describe('settings and history (real UI in Chromium, real API over the loopback bridge)', () => {
  it('saves settings and divisions, and the history shows who changed what', async () => {
    const s = await openApp(browser);
    const { api } = s.bridge;
    try {
      await api.importSamplePlan({});
      await s.page.reload();
      await goTo(s.page, 'ตั้งค่า', 'settings');
      const page = s.page;

      // Text fields save after a pause or on leaving the field.
      await page.locator('#set-office').fill('สำนักงานเขตพระนคร');
      await page.locator('#set-directorTitle').click();
      await page.locator('#set-directorTitle').fill('ผู้อำนวยการเขตพระนคร');
      await page.locator('#set-directorName').fill('นางสาวใจดี มีสุข');
      await page.locator('#set-headOfGovernance').fill('นายปกครอง ดีเด่น');
      await page.locator('#set-headOfGovernance').press('Tab');
      // Autosave is asynchronous by design: wait until the API has the values.
      await expect
        .poll(() => api.getSettings({}).then((v) => [v.headOfGovernance, v.directorName]))
        .toEqual(['นายปกครอง ดีเด่น', 'นางสาวใจดี มีสุข']);
      const saved = await api.getSettings({});
      expect(saved).toMatchObject({
        office: 'สำนักงานเขตพระนคร',
        directorTitle: 'ผู้อำนวยการเขตพระนคร',
        directorName: 'นางสาวใจดี มีสุข',
        headOfGovernance: 'นายปกครอง ดีเด่น',
      });
      await expect(page.locator('.topbar .brand').textContent()).resolves.toContain('สำนักงานเขตพระนคร');

      // An empty office name is refused with the API's Thai message; what was typed stays.
      await page.locator('#set-office').fill('');
      await page.locator('#set-office').press('Tab');
      await expect(page.locator('#set-office-err').textContent()).resolves.toBe('ต้องระบุชื่อหน่วยงาน');
      expect((await api.getSettings({})).office).toBe('สำนักงานเขตพระนคร');
      await page.locator('#set-office').fill('สำนักงานเขตพระนคร');
      await page.locator('#set-office').press('Tab');
      await page.locator('#set-office-err').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'ปิดข้อความ' }).click();

      // Divisions: the imported "เทคนิค" is marked; add, rename, remove; one in use is refused.
      const divs = await api.listDivisions({});
      const technic = divs.find((d) => d.name === 'เทคนิค')!;
      await expect(page.locator(`[data-division-id="${technic.id}"] .set-badge`).textContent()).resolves.toBe(
        'ไม่ใช่ฝ่ายมาตรฐาน',
      );
      await page.locator('#set-new-division').fill('ฝ่ายทดสอบ');
      await page.getByRole('button', { name: 'เพิ่ม', exact: true }).click();
      await expect.poll(() => api.listDivisions({}).then((l) => l.some((d) => d.name === 'ฝ่ายทดสอบ'))).toBe(true);
      const added = await api.listDivisions({});
      const testDiv = added.find((d) => d.name === 'ฝ่ายทดสอบ')!;
      const row = page.locator(`[data-division-id="${testDiv.id}"]`);
      await row.getByRole('button', { name: 'เปลี่ยนชื่อ' }).click();
      await row.locator('input').fill('ฝ่ายทดสอบระบบ');
      await row.locator('input').press('Enter');
      await row.getByText('ฝ่ายทดสอบระบบ').waitFor();

      const governance = divs.find((d) => d.name === 'ฝ่ายปกครอง')!;
      const govRow = page.locator(`[data-division-id="${governance.id}"]`);
      await govRow.getByRole('button', { name: 'ลบ' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'ลบฝ่ายปกครอง' }).click();
      await expect(govRow.getByRole('alert').textContent()).resolves.toMatch(
        // The API's message, its number in the office's digits (the numerals setting).
        /^ลบ "ฝ่ายปกครอง" ไม่ได้ เพราะยังเป็นผู้รับผิดชอบกิจกรรม [๐-๙]+ รายการ$/,
      );
      await page.getByRole('button', { name: 'ปิดข้อความ' }).click();

      await screenshot(page, 'settings');
      await row.getByRole('button', { name: 'ลบ' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'ลบฝ่ายทดสอบระบบ' }).click();
      await row.waitFor({ state: 'detached' });
      expect((await api.listDivisions({})).some((d) => d.id === testDiv.id)).toBe(false);

      // Arabic digits: the overview follows at once.
      await page.getByLabel('เลขอารบิก').check();
      await expect.poll(() => api.getSettings({}).then((v) => v.numerals)).toBe('arabic');
      await goTo(page, 'ภาพรวม', 'overview');
      const ind1 = page.getByTestId('ov-ind-1-value');
      await ind1.waitFor();
      expect(await ind1.textContent()).toMatch(/^\d+\/\d+ \(\d+%\)$/);
      // Every figure the screen writes (the plan's own text keeps the digits it was typed with).
      for (const sel of [
        '.ov-header',
        '.ov-cards',
        '.ov-charts',
        '[data-testid="ov-missing-list"]',
        '[data-testid="ov-overdue-end"]',
      ]) {
        for (const text of await page.locator(sel).allTextContents()) expect(text).not.toMatch(THAI_DIGIT);
      }

      // A second person's change, to filter by user.
      const other = createApi(s.bridge.db, { dbPath: s.dbPath, actor: 'สมหญิง ใจดี' });
      await other.updateSettings({ reportFont: 'TH SarabunPSK' });

      // History: newest first, with user, Thai summary and an expandable before/after.
      await goTo(page, 'ประวัติการแก้ไข', 'history');
      await rows(page).first().waitFor();
      const summaries = await rows(page).locator('.hi-summary').allTextContents();
      expect(summaries).toEqual(
        expect.arrayContaining(['ลบฝ่ายทดสอบระบบ', 'เปลี่ยนชื่อฝ่ายทดสอบ เป็น ฝ่ายทดสอบระบบ', 'เพิ่มฝ่ายทดสอบ']),
      );
      await expect(rows(page).first().locator('.hi-actor').textContent()).resolves.toBe('สมหญิง ใจดี');
      const renameRow = rows(page).filter({ hasText: 'เปลี่ยนชื่อฝ่ายทดสอบ' });
      await expect(renameRow.locator('.hi-actor').textContent()).resolves.toBe('ผู้ทดสอบ e2e');
      // Dates read BE with the numerals setting (Arabic now), e.g. "25 พ.ย. 2569 14:30 น."
      expect(await renameRow.locator('td').first().textContent()).toMatch(/^\d{1,2} \S+ 25\d\d \d\d:\d\d น\.$/);
      await renameRow.getByRole('button', { name: 'ดูการเปลี่ยนแปลง' }).click();
      const nameChange = page.getByTestId('hi-diff').locator('tr[data-field="name"]');
      await expect(nameChange.locator('th').textContent()).resolves.toBe('ชื่อ');
      await expect(nameChange.locator('td').allTextContents()).resolves.toEqual(['ฝ่ายทดสอบ', 'ฝ่ายทดสอบระบบ']);
      // Only what changed: the position did not.
      await expect(page.getByTestId('hi-diff').locator('tr[data-field="position"]').count()).resolves.toBe(0);

      const directorRow = rows(page).filter({ hasText: 'แก้ไขการตั้งค่า' }).nth(-1);
      await directorRow.getByRole('button', { name: 'ดูการเปลี่ยนแปลง' }).click();
      await expect(page.getByTestId('hi-diff').last().locator('tbody th').allTextContents()).resolves.toEqual([
        'ชื่อหน่วยงาน',
      ]);
      await expect(page.getByTestId('hi-diff').last().locator('td').allTextContents()).resolves.toEqual([
        'สำนักงานเขตดุสิต',
        'สำนักงานเขตพระนคร',
      ]);
      await screenshot(page, 'history-diff');

      // Filters narrow the list.
      const all = await rows(page).count();
      await page.getByLabel('ประเภท').selectOption('division');
      await expect.poll(() => rows(page).count()).toBe(3);
      expect(await rows(page).locator('td:nth-child(3)').allTextContents()).toEqual(['ฝ่าย', 'ฝ่าย', 'ฝ่าย']);
      await page.keyboard.press('Control+f');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
      await page.keyboard.type('ทดสอบระบบ');
      await expect.poll(() => rows(page).count()).toBe(2);
      await page.getByRole('button', { name: 'ล้างตัวกรอง' }).click();
      await expect.poll(() => rows(page).count()).toBe(all);
      await page.getByLabel('ผู้แก้ไข').selectOption('สมหญิง ใจดี');
      await expect.poll(() => rows(page).count()).toBe(1);
      await page.getByLabel('ผู้แก้ไข').selectOption('');
      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      await fillBeDate(page, 'ตั้งแต่วันที่', tomorrow);
      await page.getByText('ไม่พบรายการที่ตรงกับตัวกรอง').waitFor();
      await fillBeDate(page, 'ตั้งแต่วันที่', today);
      await fillBeDate(page, 'ถึงวันที่', today);
      await expect.poll(() => rows(page).count()).toBe(all);
      // The date boxes are BE (day, Thai month, BE year in the office's digits, here Arabic).
      const to = beDate(page, 'ถึงวันที่');
      expect(await to.getByLabel('ถึงวันที่ – ปี พ.ศ.').inputValue()).toBe(String(Number(today.slice(0, 4)) + 543));
      expect(await to.getByLabel('ถึงวันที่ – เดือน').locator('option:checked').textContent()).toMatch(/^[ก-๛]+$/);
      expect(await to.getAttribute('data-value')).toBe(today);

      // Paging: 50 at a time.
      await page.getByRole('button', { name: 'ล้างตัวกรอง' }).click();
      const plan = (await api.listPlans({}))[0]!;
      const detail = await api.getPlan({ planId: plan.id });
      const acts = detail.indicators.flatMap((i) => i.items.flatMap((it) => it.activities));
      for (const a of acts.slice(0, 60))
        await api.saveFollowUp({ activityId: a.id, month: '2023-01', status: 'inProgress' });
      await goTo(page, 'ตั้งค่า', 'settings');
      await goTo(page, 'ประวัติการแก้ไข', 'history');
      await expect.poll(() => rows(page).count()).toBe(50);
      await page.getByRole('button', { name: 'โหลดเพิ่ม' }).click();
      await expect.poll(() => rows(page).count()).toBe(60 + all);
      // A monthly report is named by its item code and activity number, in the BE month.
      expect(await rows(page).first().locator('.hi-summary').textContent()).toMatch(
        /^บันทึกผลข้อ [IEO]\d+ กิจกรรมที่ \d+ เดือน ม\.ค\. 66$/,
      );

      // Reload: the settings are still there.
      await page.reload();
      await goTo(page, 'ตั้งค่า', 'settings');
      await expect(page.locator('#set-office').inputValue()).resolves.toBe('สำนักงานเขตพระนคร');
      await expect(page.locator('#set-directorName').inputValue()).resolves.toBe('นางสาวใจดี มีสุข');
      await expect(page.getByLabel('เลขอารบิก').isChecked()).resolves.toBe(true);
      await expect(page.locator('#set-reportFont').inputValue()).resolves.toBe('TH SarabunPSK');
      await expect(page.getByTestId('set-db-path').textContent()).resolves.toBe(s.dbPath);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('opens with Thai digits, an empty history note and the about box on a fresh database', async () => {
    const s = await openApp(browser);
    try {
      await s.page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' }).waitFor();
      // Settings and history work without a plan.
      await s.page.evaluate(() => localStorage.setItem('ita.ui', JSON.stringify({ screen: 'history' })));
      await s.page.reload();
      await s.page.locator('[data-screen="history"]').waitFor();
      await s.page.getByText('ยังไม่มีประวัติการแก้ไข').waitFor();
      await goTo(s.page, 'ตั้งค่า', 'settings');
      await expect(s.page.getByTestId('set-version').textContent()).resolves.toBe('ITA Tracker ๐.๐.๐-e๒e');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
