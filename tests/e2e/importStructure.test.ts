// Importing what offices have, and editing the plan's own structure, in the real UI (Chromium over
// the loopback bridge): a paste of Word's clipboard HTML, a .docx through the file picker, a .txt
// dropped on the dialog, wrap-space joins kept or undone one by one; the structure editor (a MOIT
// tool, 12 indicators' worth of editing, a sub-indicator, an item), its approved-plan lock, a new
// plan from a criteria set with its items, and the coverage on the overview. Screenshots of each.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { planDocx } from '../helpers/planDocx';
import { REPO_ROOT } from '../helpers/tmp';
import { launchBrowser, openApp, screenshot, type AppSession } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/plans');
const textOf = async (loc: Locator) => (await loc.innerText()).replace(/\u00a0/g, ' ');
const containsText = (loc: Locator, text: string) =>
  expect.poll(() => textOf(loc), { timeout: 15_000 }).toContain(text);
const countIs = (loc: Locator, n: number) => expect.poll(() => loc.count(), { timeout: 15_000 }).toBe(n);

async function openWithSample(): Promise<AppSession> {
  const s = await openApp(browser);
  await s.page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' }).click();
  await s.page.locator('tbody[data-code="I1"]').waitFor();
  return s;
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'นำเข้าแผน', exact: true }).click();
  return page.getByRole('dialog', { name: 'นำเข้าแผนจากตาราง' });
}

/** What Chromium does on Ctrl+V from Word: a paste event whose clipboard holds text/html and text/plain. */
async function pasteClipboard(page: Page, html: string, text: string) {
  await page.evaluate(
    ([h, t]) => {
      const target = document.querySelector('textarea[aria-label="ตารางแผนที่จะนำเข้า"]')!;
      const data = new DataTransfer();
      data.setData('text/html', h!);
      data.setData('text/plain', t!);
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
}

/** A file dragged from the desktop and dropped on the dialog. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  await page.evaluate(
    ([n, b64]) => {
      const raw = Uint8Array.from(atob(b64!), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([raw], n!));
      const zone = document.querySelector('[data-testid="import-drop"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, bytes.toString('base64')],
  );
}

describe('import from what offices have (real UI)', () => {
  it('a paste of Word’s clipboard HTML keeps its merged cells; imports after the preview', async () => {
    const s = await openWithSample();
    const { page } = s;
    try {
      const dialog = await openImport(page);
      const html = fs.readFileSync(path.join(FIXTURES, 'word-clipboard-2570.html'), 'utf8');
      await pasteClipboard(page, html, 'ตัวชี้วัด\tประเด็น…');
      await containsText(dialog.getByTestId('import-source'), 'HTML');
      await dialog.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2570');
      await dialog.getByLabel('หน่วยงาน').fill('สำนักงานเขตบางรัก');
      await dialog.getByRole('button', { name: 'ตรวจสอบ' }).click();
      const preview = dialog.getByTestId('import-preview');
      await containsText(preview, 'จะนำเข้า ๓ ข้อ ๕ กิจกรรม');
      await containsText(preview.getByTestId('import-columns'), 'ระยะเวลาแล้วเสร็จ');
      await containsText(preview.getByTestId('import-structure'), 'I1 I2');
      await screenshot(page, 'import-html-preview');
      await dialog.getByRole('button', { name: 'นำเข้า', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await containsText(page.locator('.plan-header .subtitle'), 'พ.ศ. ๒๕๗๐');
      await countIs(page.locator('tbody[data-code]'), 3);
      const plan = (await s.bridge.api.listPlans({})).find((p) => p.fiscalYear === 2570)!;
      const detail = await s.bridge.api.getPlan({ planId: plan.id });
      expect(detail.indicators[0]!.items[0]!.activities.map((a) => a.divisionIds.length)).toEqual([1, 1]);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('a .docx from the file picker, a .txt dropped on the dialog, and an unknown header explained', async () => {
    const s = await openWithSample();
    const { page } = s;
    try {
      const dialog = await openImport(page);
      await dialog.getByLabel('เลือกไฟล์แผน').setInputFiles({
        name: 'แผนราชเทวี.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(await planDocx()),
      });
      await containsText(dialog.getByTestId('import-source'), 'แผนราชเทวี.docx (Word)');
      await dialog.getByRole('button', { name: 'ตรวจสอบ' }).click();
      const preview = dialog.getByTestId('import-preview');
      await containsText(preview, 'จะนำเข้า ๓ ข้อ ๖ กิจกรรม');
      await containsText(preview, 'ส่วนต่อของข้อ I2');
      await screenshot(page, 'import-docx-preview');

      await dropFile(page, 'newer-year-2570.txt', fs.readFileSync(path.join(FIXTURES, 'newer-year-2570.txt')));
      await containsText(dialog.getByTestId('import-source'), 'newer-year-2570.txt');
      await dialog.getByLabel('เกณฑ์').selectOption('bkk-district-2566');
      await dialog.getByRole('button', { name: 'ตรวจสอบ' }).click();
      await containsText(preview.getByTestId('import-structure'), 'ตัวชี้วัดย่อย ๙.๑, ๙.๒');
      await containsText(preview.getByTestId('import-coverage'), 'แผนนี้มี ๘ จาก ๗๐ ข้อ');
      await screenshot(page, 'import-dropped-preview');

      const bad = fs.readFileSync(path.join(FIXTURES, 'newer-year-2570.txt'), 'utf8').replace('ผลผลิต', 'สีปก');
      await dropFile(page, 'bad.txt', Buffer.from(bad));
      await dialog.getByRole('button', { name: 'ตรวจสอบ' }).click();
      await containsText(preview.locator('.problem-error').first(), 'ไม่รู้จักคอลัมน์ "สีปก"');
      await containsText(preview.locator('.problem-error').first(), 'คอลัมน์ที่อ่านได้');
      await expect.poll(() => dialog.getByRole('button', { name: 'นำเข้า', exact: true }).isDisabled()).toBe(true);
      await screenshot(page, 'import-unknown-header');
      expect(await s.bridge.api.listPlans({})).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('shows each wrap-space join and imports with the ones the user undid kept as written', async () => {
    const s = await openWithSample();
    const { page } = s;
    try {
      const lines = fs.readFileSync(path.join(REPO_ROOT, 'db/import/sample/dusit-2566.txt'), 'utf8').split('\n');
      const header = lines.findIndex((l) => l.startsWith('ตัวชี้วัด\t'));
      const table = ['สำนักงานเขตดุสิต ประจำปีงบประมาณ พ.ศ. 2567', ...lines.slice(header, header + 5)].join('\n');
      // The join to undo: one in the activity column, as the preview lists it.
      const dry = await s.bridge.api.importPlan({ text: table, dryRun: true });
      const join = dry.preview.joins.find((j) => j.column === 'กิจกรรมที่จะดำเนินการ')!;
      const written = join.before.replace(/…/g, '');
      const dialog = await openImport(page);
      await dialog.getByLabel('ตารางแผนที่จะนำเข้า').fill(table);
      await dialog.getByRole('button', { name: 'ตรวจสอบ' }).click();
      const joins = dialog.getByTestId('import-joins');
      await joins.locator('summary').click();
      const row = joins.locator('li', { hasText: written }).first();
      await row.getByRole('checkbox').uncheck();
      await expect.poll(() => row.getAttribute('class')).toBe('kept');
      await screenshot(page, 'import-joins');
      await dialog.getByRole('button', { name: 'นำเข้า', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const api = s.bridge.api;
      const textsOf = async (fiscalYear: number) => {
        const plan = (await api.listPlans({})).find((p) => p.fiscalYear === fiscalYear)!;
        return (await api.getPlan({ planId: plan.id })).indicators.flatMap((i) =>
          i.items.flatMap((it) => [it.question, it.issue, ...it.activities.map((a) => a.text)]),
        );
      };
      // What the dialog imported is what the API imports with that one join undone, and not the all-joined text.
      await api.importPlan({ text: table, fiscalYear: 2568, keepSpaces: [join.id] });
      await api.importPlan({ text: table, fiscalYear: 2569 });
      expect(await textsOf(2567)).toEqual(await textsOf(2568));
      expect(await textsOf(2567)).not.toEqual(await textsOf(2569));
      expect((await textsOf(2567)).join('\n').replace(/ /g, '')).toBe(
        (await textsOf(2569)).join('\n').replace(/ /g, ''),
      );
    } finally {
      await s.close();
    }
  });
});

describe('the plan’s own structure (real UI)', () => {
  it('lays an empty plan’s structure: a MOIT tool, indicators, a sub-indicator, items; saves it as a set', async () => {
    const s = await openWithSample();
    const { page } = s;
    const api = s.bridge.api;
    try {
      await page.getByRole('button', { name: 'สร้างแผนใหม่' }).click();
      const create = page.getByRole('dialog', { name: 'สร้างแผนใหม่' });
      await create.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2570');
      await create.getByLabel('เริ่มจาก').selectOption('');
      await create.getByRole('button', { name: 'สร้างแผน' }).click();
      await create.waitFor({ state: 'detached' });
      await containsText(page.locator('.plan-header .subtitle'), 'พ.ศ. ๒๕๗๐');

      await page.getByRole('button', { name: 'โครงสร้างแผน' }).click();
      const dialog = page.getByRole('dialog', { name: 'โครงสร้างแผน' });
      await dialog.getByRole('button', { name: '+ เพิ่มแบบวัด' }).click();
      const code = dialog.getByLabel('รหัสแบบวัด T1');
      await code.fill('MOIT');
      await code.press('Enter');
      await dialog.getByLabel('ชื่อแบบวัด MOIT').fill('แบบประเมินการเปิดเผยข้อมูล (MOIT)');
      await dialog.getByLabel('ชื่อแบบวัด MOIT').press('Enter');
      for (let n = 1; n <= 3; n++) await dialog.getByRole('button', { name: '+ เพิ่มตัวชี้วัดใน MOIT' }).click();
      await countIs(dialog.locator('.st-indicator'), 3);
      await dialog.getByLabel('เลขตัวชี้วัดที่ 3').fill('12');
      await dialog.getByLabel('เลขตัวชี้วัดที่ 3').press('Enter');
      await dialog.getByLabel('ชื่อตัวชี้วัดที่ 12').fill('การปรับปรุงการทำงาน');
      await dialog.getByLabel('ชื่อตัวชี้วัดที่ 12').press('Enter');
      const first = dialog.locator('.st-indicator[data-indicator="1"]');
      await first.getByRole('button', { name: '+ เพิ่มตัวชี้วัดย่อย' }).click();
      await dialog.getByLabel('ชื่อตัวชี้วัดย่อย 1.1').fill('ข้อมูลพื้นฐาน');
      await dialog.getByLabel('ชื่อตัวชี้วัดย่อย 1.1').press('Enter');
      await first.getByRole('button', { name: '+ เพิ่มข้อ' }).click();
      await first.getByLabel('รหัสข้อ MOIT1').waitFor();
      await first.getByLabel('ตัวชี้วัดย่อยของข้อ MOIT1').selectOption({ label: '๑.๑' });
      await dialog.getByRole('button', { name: 'เลื่อนตัวชี้วัดที่ 12ขึ้น' }).click();
      await expect
        .poll(async () =>
          (
            await dialog.locator('.st-indicator').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')))
          ).join(),
        )
        .toBe('1,12,2');
      // ลบ asks first (with what goes along): ยกเลิก keeps a spare indicator, the danger button deletes it.
      await dialog.getByRole('button', { name: '+ เพิ่มตัวชี้วัดใน MOIT' }).click();
      await countIs(dialog.locator('.st-indicator'), 4);
      const spare = dialog.locator('.st-indicator').last();
      await spare.getByRole('button', { name: 'ลบ', exact: true }).click();
      const ask = page.getByRole('dialog', { name: /^ลบตัวชี้วัดที่ / });
      await containsText(ask, 'พร้อมข้อ ๐ ข้อ');
      await ask.getByRole('button', { name: 'ยกเลิก' }).click();
      await ask.waitFor({ state: 'detached' });
      await countIs(dialog.locator('.st-indicator'), 4);
      await spare.getByRole('button', { name: 'ลบ', exact: true }).click();
      await ask.getByRole('button', { name: 'ลบตัวชี้วัด' }).click();
      await countIs(dialog.locator('.st-indicator'), 3);
      await screenshot(page, 'structure-editor');

      const plan = (await api.listPlans({})).find((p) => p.fiscalYear === 2570)!;
      const detail = await api.getPlan({ planId: plan.id });
      expect(detail.tools.map((t) => [t.code, t.name])).toEqual([['MOIT', 'แบบประเมินการเปิดเผยข้อมูล (MOIT)']]);
      expect(detail.indicators.map((i) => i.number)).toEqual([1, 12, 2]);
      expect(detail.indicators[0]!.items.map((i) => [i.code, i.subIndicatorId])).toEqual([
        ['MOIT1', detail.indicators[0]!.subIndicators[0]!.id],
      ]);
      const audit = await api.listAudit({ planId: plan.id });
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'tool.create',
          'tool.update',
          'indicator.create',
          'indicator.update',
          'subIndicator.create',
          'item.create',
          'indicator.reorder',
        ]),
      );

      await dialog.getByLabel('บันทึกโครงสร้างนี้เป็นเกณฑ์ รหัส').fill('bangsue-moit-2571');
      await dialog.getByRole('button', { name: 'บันทึกเป็นเกณฑ์' }).click();
      await containsText(dialog.getByTestId('criteria-panel'), 'บันทึกเกณฑ์ bangsue-moit-2571 แล้ว');
      expect((await api.listCriteriaSets({})).map((c) => c.id)).toContain('bangsue-moit-2571');
      await dialog.getByRole('button', { name: 'เสร็จ' }).click();
      await containsText(page.locator('.tool-row').first(), 'MOIT');
      await containsText(page.locator('.sub-indicator-row').first(), 'ตัวชี้วัดย่อยที่ ๑.๑ ข้อมูลพื้นฐาน');
      await screenshot(page, 'plan-free-structure');

      await page.getByRole('button', { name: 'อนุมัติแผน' }).click();
      const approve = page.getByRole('dialog', { name: 'อนุมัติแผน' });
      await approve.getByRole('button', { name: 'อนุมัติแผน' }).click();
      await approve.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'โครงสร้างแผน' }).click();
      await containsText(dialog, 'แผนนี้อนุมัติแล้ว โครงสร้างแก้ไขไม่ได้');
      await expect.poll(() => dialog.getByLabel('รหัสแบบวัด MOIT').isDisabled()).toBe(true);
      await countIs(dialog.getByRole('button', { name: '+ เพิ่มแบบวัด' }), 0);
      await screenshot(page, 'structure-locked');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('loads a criteria set from a file in the structure dialog; a file that is not a set is refused in Thai', async () => {
    const s = await openWithSample();
    const { page } = s;
    try {
      const shipped = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'db/criteria/bkk-district-2566.json'), 'utf8'));
      const next = { ...shipped, id: 'bkk-district-2570', name: 'เกณฑ์ของเขต ปีงบประมาณ พ.ศ. 2570', fiscalYear: 2570 };
      await page.getByRole('button', { name: 'โครงสร้างแผน' }).click();
      const dialog = page.getByRole('dialog', { name: 'โครงสร้างแผน' });
      const input = dialog.getByLabel('นำเข้าเกณฑ์จากไฟล์ (.json)');
      await input.setInputFiles({
        name: 'เกณฑ์ 2570.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(next)),
      });
      await containsText(
        dialog.getByTestId('criteria-panel'),
        'นำเข้าเกณฑ์ “เกณฑ์ของเขต ปีงบประมาณ พ.ศ. 2570” (bkk-district-2570) แล้ว',
      );
      expect((await s.bridge.api.listCriteriaSets({})).map((c) => c.id)).toContain('bkk-district-2570');
      await countIs(dialog.locator('#plan-criteria option[value="bkk-district-2570"]'), 1);
      await dialog.getByTestId('criteria-panel').scrollIntoViewIfNeeded();
      await screenshot(page, 'criteria-loaded-from-file');

      await input.setInputFiles({
        name: 'จดหมาย.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"ไม่ใช่": "เกณฑ์"}'),
      });
      await expect.poll(async () => (await page.getByRole('alert').allInnerTexts()).join(' ')).toMatch(/[ก-๙]/);
      expect((await s.bridge.api.listCriteriaSets({})).length).toBe(2);
    } finally {
      await s.close();
    }
  });

  it('a new plan from the criteria set with all its items; the overview says which items a plan did not choose', async () => {
    const s = await openWithSample();
    const { page } = s;
    try {
      await page.getByRole('button', { name: 'สร้างแผนใหม่' }).click();
      const create = page.getByRole('dialog', { name: 'สร้างแผนใหม่' });
      await create.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2571');
      await create.getByLabel('รวมทุกข้อของเกณฑ์').check();
      await screenshot(page, 'create-plan-from-criteria');
      await create.getByRole('button', { name: 'สร้างแผน' }).click();
      await create.waitFor({ state: 'detached' });
      await countIs(page.locator('tbody[data-code]'), 70);
      const plan = (await s.bridge.api.listPlans({})).find((p) => p.fiscalYear === 2571)!;
      const detail = await s.bridge.api.getPlan({ planId: plan.id });
      const o = detail.indicators.find((i) => i.number === 10)!;
      for (const item of o.items.slice(0, 3)) await s.bridge.api.deleteItem({ itemId: item.id });
      await s.page.reload();
      await page.getByRole('button', { name: 'ภาพรวม', exact: true }).click();
      await page.getByLabel('ปีงบประมาณ').selectOption({ label: 'พ.ศ. ๒๕๗๑' });
      await containsText(page.getByTestId('overview-coverage'), 'แผนนี้มี ๖๗ จาก ๗๐ ข้อ');
      await page.getByTestId('overview-coverage').locator('summary').click();
      await containsText(page.getByTestId('overview-coverage'), 'O23');
      await screenshot(page, 'overview-coverage');
    } finally {
      await s.close();
    }
  });
});
