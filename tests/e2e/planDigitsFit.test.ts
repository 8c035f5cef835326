// The plan screen's structure dialog and import preview in the real UI: every number users read
// there follows the numerals setting (Thai by default, Arabic when the office chose it), and the
// structure dialog fits a 1280×800 and a 1024×768 window with no sideways scroll, also after a
// criteria set was loaded from a file (its file input takes focus).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { PLAN_FIELD_WORDS } from '../../core/terms';
import { toThaiDigits as thai } from '../../core/thai';
import { REPO_ROOT } from '../helpers/paths';
import { launchBrowser, openApp, screenshot, type AppSession } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const textOf = async (loc: Locator) => (await loc.innerText()).replace(/\u00a0/g, ' ');
const containsText = (loc: Locator, text: string) =>
  expect.poll(() => textOf(loc), { timeout: 15_000 }).toContain(text);

async function openWithSample(size: { width: number; height: number }): Promise<AppSession> {
  const s = await openApp(browser, size);
  await s.page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' }).click();
  await s.page.locator('tbody[data-code="I1"]').waitFor();
  return s;
}

async function openStructure(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'โครงสร้างแผน' }).click();
  const dialog = page.getByRole('dialog', { name: 'โครงสร้างแผน' });
  await dialog.getByTestId('criteria-coverage').waitFor();
  return dialog;
}

/** The dialog's scrolling body: how wide its content is against its box, and how far it is scrolled. */
function bodyScroll(dialog: Locator) {
  return dialog.locator('.modal-body').evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    scrollLeft: el.scrollLeft,
  }));
}

/** The dialog's body and every box in it end inside the body's right edge. */
function overflowingBoxes(dialog: Locator) {
  return dialog.locator('.modal-body').evaluate((body) => {
    const right = body.getBoundingClientRect().right;
    return Array.from(body.querySelectorAll('*'))
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > right + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
}

/** The first activity's ระยะเวลากำกับติดตาม set to อื่น ๆ: the example in its box, then cancelled. */
async function frequencyExample(page: Page): Promise<string | null> {
  const cell = page.locator('tbody[data-code="I1"] [data-field="monitoring"]').first();
  await cell.click();
  await cell.getByLabel(PLAN_FIELD_WORDS.frequency).selectOption('other');
  const example = await cell.getByLabel('ระบุความถี่').getAttribute('placeholder');
  await page.keyboard.press('Escape');
  return example;
}

describe('the structure dialog fits the window (no sideways scroll)', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    it(`at ${size.width}×${size.height}, before and after loading criteria from a file`, async () => {
      const s = await openWithSample(size);
      const { page } = s;
      try {
        const dialog = await openStructure(page);
        const before = await bodyScroll(dialog);
        expect(before.scrollWidth).toBeLessThanOrEqual(before.clientWidth);
        expect(await overflowingBoxes(dialog)).toEqual([]);
        // The dialog itself stays inside the window.
        const box = (await dialog.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);

        const shipped = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'db/criteria/bkk-district-2566.json'), 'utf8'));
        const next = { ...shipped, id: 'bkk-district-2570', name: 'เกณฑ์ของเขต ปีงบประมาณ พ.ศ. 2570', fiscalYear: 2570 };
        await dialog.getByLabel('นำเข้าเกณฑ์จากไฟล์ (.json)').setInputFiles({
          name: 'เกณฑ์ 2570.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(next)),
        });
        await containsText(dialog.getByTestId('criteria-panel'), '(bkk-district-2570) แล้ว');
        await dialog.getByTestId('criteria-panel').scrollIntoViewIfNeeded();
        const after = await bodyScroll(dialog);
        expect(after.scrollWidth).toBeLessThanOrEqual(after.clientWidth);
        expect(after.scrollLeft).toBe(0);
        expect(await overflowingBoxes(dialog)).toEqual([]);
        await screenshot(page, `structure-criteria-loaded-${size.width}`);
        expect(s.consoleErrors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }
});

describe('numbers in the structure dialog and the import preview follow the numerals setting', () => {
  it('Thai numerals: coverage, indicator numbers, item moves, delete question, an example; Arabic when chosen', async () => {
    const s = await openWithSample({ width: 1280, height: 800 });
    const { page } = s;
    try {
      let dialog = await openStructure(page);
      await containsText(dialog.getByTestId('criteria-coverage'), 'แผนนี้มี ๗๐ จาก ๗๐ ข้อของเกณฑ์');
      expect(await dialog.getByLabel('เลขตัวชี้วัดที่ 10', { exact: true }).inputValue()).toBe('๑๐');
      const moveTo = dialog.getByLabel('ย้ายข้อ O30 ไปตัวชี้วัด');
      expect(await moveTo.locator('option:checked').innerText()).toBe('OIT ๑๐');
      // Renumbering in either script saves the number.
      await dialog.getByLabel('เลขตัวชี้วัดที่ 10', { exact: true }).fill('๑๑');
      await dialog.getByLabel('เลขตัวชี้วัดที่ 10', { exact: true }).press('Enter');
      await expect.poll(() => dialog.getByLabel('เลขตัวชี้วัดที่ 11', { exact: true }).inputValue()).toBe('๑๑');
      const plan = (await s.bridge.api.listPlans({}))[0]!;
      const detail = await s.bridge.api.getPlan({ planId: plan.id });
      expect(detail.indicators.map((i) => i.number)).toContain(11);
      const items = detail.indicators.find((i) => i.number === 11)!.items.length;
      await dialog.locator('li.st-indicator[data-indicator="11"] > .st-row button.danger-link').click();
      const ask = page.getByRole('dialog', { name: 'ลบตัวชี้วัดที่ ๑๑' });
      await containsText(ask, `พร้อมข้อ ${thai(items)} ข้อ`);
      await ask.getByRole('button', { name: 'ยกเลิก' }).click();
      await screenshot(page, 'structure-thai-digits');
      await dialog.getByRole('button', { name: 'เสร็จ' }).click();
      expect(await frequencyExample(page)).toBe('เช่น ทุก ๓ เดือน');

      await s.bridge.api.updateSettings({ numerals: 'arabic' });
      await page.reload();
      await page.getByRole('button', { name: 'แผนมาตรการ', exact: true }).click();
      dialog = await openStructure(page);
      await containsText(dialog.getByTestId('criteria-coverage'), 'แผนนี้มี 70 จาก 70 ข้อของเกณฑ์');
      expect(await dialog.getByLabel('เลขตัวชี้วัดที่ 11', { exact: true }).inputValue()).toBe('11');
      expect(await dialog.getByLabel('ย้ายข้อ O30 ไปตัวชี้วัด').locator('option:checked').innerText()).toBe('OIT 11');
      await dialog.getByRole('button', { name: 'เสร็จ' }).click();
      expect(await frequencyExample(page)).toBe('เช่น ทุก 3 เดือน');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('Thai numerals in the import preview: columns read, coverage, joins and their line numbers', async () => {
    const s = await openWithSample({ width: 1280, height: 800 });
    const { page } = s;
    try {
      const lines = fs.readFileSync(path.join(REPO_ROOT, 'db/import/sample/dusit-2566.txt'), 'utf8').split('\n');
      const header = lines.findIndex((l) => l.startsWith('ตัวชี้วัด\t'));
      const table = ['สำนักงานเขตดุสิต ประจำปีงบประมาณ พ.ศ. 2567', ...lines.slice(header, header + 5)].join('\n');
      const dry = await s.bridge.api.importPlan({ text: table, dryRun: true, criteriaSet: 'bkk-district-2566' });
      const joinLines = [...new Set(dry.preview.joins.filter((j) => j.line > 0).map((j) => j.line))];
      expect(joinLines.length).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'นำเข้าแผน', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'นำเข้าแผนจากตาราง' });
      await dialog.getByLabel('ตารางแผนที่จะนำเข้า').fill(table);
      await dialog.getByLabel('เกณฑ์').selectOption('bkk-district-2566');
      await dialog.getByRole('button', { name: 'ตรวจสอบ' }).click();
      const preview = dialog.getByTestId('import-preview');
      await containsText(preview.getByTestId('import-columns'), `คอลัมน์ที่อ่าน (${thai(dry.preview.columns.length)})`);
      const c = dry.preview.coverage!;
      await containsText(preview.getByTestId('import-coverage'), `แผนนี้มี ${thai(c.covered)} จาก ${thai(c.total)} ข้อ`);
      const joins = preview.getByTestId('import-joins');
      const n = thai(dry.preview.joins.length);
      await containsText(joins.locator('summary'), `ตอนตัดบรรทัด ${n} จาก ${n} แห่ง`);
      await joins.locator('summary').click();
      const where = await joins.locator('.join-where').allInnerTexts();
      for (const line of joinLines) expect(where.some((w) => w.startsWith(`บรรทัด ${thai(line)} ·`))).toBe(true);
      expect(where.join(' ')).not.toMatch(/บรรทัด \d/);
      await screenshot(page, 'import-preview-thai-digits');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
