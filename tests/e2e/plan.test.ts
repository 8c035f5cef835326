// The plan editor, real UI in Chromium over the loopback bridge: inline editing and autosave,
// months, divisions, add / reorder / delete, find, import with preview, approve / reopen, copy.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Api } from '../../core/contract';
import type { Activity, PlanDetail } from '../../core/types';
import { REPO_ROOT } from '../helpers/tmp';
import { launchBrowser, openApp, screenshot, type AppSession } from './browser';
import { fillBeDate } from './beDate';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openWithSample(): Promise<AppSession> {
  const s = await openApp(browser);
  await s.page.getByRole('button', { name: 'เริ่มจากแผนตัวอย่าง' }).click();
  await s.page.locator('tbody[data-code="I1"]').waitFor();
  return s;
}

async function currentPlan(api: Api): Promise<PlanDetail> {
  const [summary] = await api.listPlans({});
  return api.getPlan({ planId: summary!.id });
}

async function itemOf(api: Api, code: string) {
  const plan = await currentPlan(api);
  const item = plan.indicators.flatMap((i) => i.items).find((i) => i.code === code)!;
  return { ...item, activities: [...item.activities].sort((a, b) => a.position - b.position) };
}

const item = (page: Page, code: string) => page.locator(`[data-screen="plan"] tbody[data-code="${code}"]`);
const activityRow = (page: Page, id: number) => page.locator(`tr[data-activity-id="${id}"]`);
// vitest's expect has no Playwright matchers: these poll the page until it agrees.
const textOf = async (loc: Locator) => (await loc.innerText()).replace(/\u00a0/g, ' ');
const hasText = (loc: Locator, text: string) => expect.poll(() => textOf(loc)).toBe(text);
const containsText = (loc: Locator, text: string) => expect.poll(() => textOf(loc)).toContain(text);
const countIs = (loc: Locator, n: number) => expect.poll(() => loc.count()).toBe(n);
const disabled = (loc: Locator, value = true) => expect.poll(() => loc.isDisabled()).toBe(value);
/** Clicks near the top-left of a cell (the row tools sit on the top-right border). */
const clickCell = (cell: Locator) => cell.click({ position: { x: 8, y: 8 } });

async function waitSaved(cell: Locator) {
  await expect.poll(() => cell.getAttribute('data-status'), { timeout: 5000 }).toBe('clean');
  await expect.poll(() => cell.page().getByTestId('save-indicator').textContent()).toMatch(/บันทึกแล้ว/);
}

describe('plan editor (real UI in Chromium, real API over the loopback bridge)', () => {
  it('edits cells in place, months and divisions; adds, reorders and deletes an activity; finds; types fast', async () => {
    const s = await openWithSample();
    const { page } = s;
    const api = s.bridge.api;
    try {
      await screenshot(page, 'plan-editor');
      const i1 = await itemOf(api, 'I1');
      const first = i1.activities[0]!;
      const row = activityRow(page, first.id);

      // Inline edit with autosave; Tab moves on to the next cell (ผลผลิต), open for typing.
      const textCell = row.locator('[data-field="text"]');
      await clickCell(textCell);
      const area = textCell.locator('textarea');
      await area.waitFor();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('ประชุมชี้แจงเจ้าหน้าที่เรื่องการให้บริการ (ปรับปรุง)');
      await screenshot(page, 'plan-cell-editing');
      await waitSaved(textCell); // ~600 ms after typing stops, without leaving the cell
      await page.keyboard.press('Tab');
      const outputArea = row.locator('[data-field="output"] textarea');
      await outputArea.waitFor();
      // Ctrl+S saves at once, well before the idle autosave.
      await page.keyboard.type(' (ปรับ)');
      const t0 = Date.now();
      await page.keyboard.press('Control+s');
      await expect
        .poll(async () => (await itemOf(api, 'I1')).activities[0]!.output, { interval: 20 })
        .toBe(`${first.output} (ปรับ)`);
      expect(Date.now() - t0).toBeLessThan(550);
      await page.locator('.plan-header h1').click(); // leaving the cell closes it
      await countIs(page.locator('.plan-table textarea'), 0);
      const saved0 = (await itemOf(api, 'I1')).activities[0]!;
      expect(saved0.text).toBe('ประชุมชี้แจงเจ้าหน้าที่เรื่องการให้บริการ (ปรับปรุง)');

      // Esc puts the text back, even after an autosave while typing.
      const awareness = row.locator('[data-field="awareness"]');
      await clickCell(awareness);
      await page.keyboard.type(' ทิ้ง');
      await waitSaved(awareness);
      expect((await itemOf(api, 'I1')).activities[0]!.awareness).toBe(`${first.awareness} ทิ้ง`);
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await itemOf(api, 'I1')).activities[0]!.awareness).toBe(first.awareness);
      await expect.poll(() => textOf(awareness)).not.toContain('ทิ้ง');
      expect(await awareness.locator('textarea').count()).toBe(0);

      // Month range: start after end is refused in Thai before any call; a valid range is saved.
      const months = row.locator('[data-field="months"]');
      await months.click();
      await months.getByLabel('เดือนเริ่ม').selectOption('2023-04');
      await months.getByLabel('เดือนที่แล้วเสร็จ').selectOption('2023-01');
      await page.keyboard.press('Enter');
      await hasText(months.getByRole('alert'), 'เดือนเริ่มต้องไม่อยู่หลังเดือนที่แล้วเสร็จ');
      expect((await itemOf(api, 'I1')).activities[0]!.startMonth).toBe(first.startMonth);
      await months.getByLabel('เดือนที่แล้วเสร็จ').selectOption('2023-06');
      await page.keyboard.press('Enter');
      await hasText(months, 'เม.ย. ๖๖ – มิ.ย. ๖๖');
      await expect
        .poll(async () => (await itemOf(api, 'I1')).activities[0]!)
        .toMatchObject({
          startMonth: '2023-04',
          endMonth: '2023-06',
        });

      // Divisions: a picker with every division and "ทุกฝ่าย".
      await row.locator('[data-field="divisions"]').click();
      const dialog = page.getByRole('dialog', { name: 'ผู้รับผิดชอบ' });
      await dialog.getByLabel('ฝ่ายทะเบียน').check();
      await dialog.getByLabel('ฝ่ายการคลัง').check();
      await screenshot(page, 'plan-division-picker');
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await dialog.waitFor({ state: 'detached' });
      const divisions = await api.listDivisions({});
      const idOf = (name: string) => divisions.find((d) => d.name === name)!.id;
      const saved = (await itemOf(api, 'I1')).activities[0]!;
      expect(saved.divisionIds).toEqual(
        expect.arrayContaining([idOf('ฝ่ายปกครอง'), idOf('ฝ่ายทะเบียน'), idOf('ฝ่ายการคลัง')]),
      );
      await containsText(row.locator('[data-field="divisions"]'), 'ฝ่ายทะเบียน');
      await row.locator('[data-field="divisions"]').click();
      await dialog.getByLabel('ทุกฝ่าย').check();
      await dialog.getByRole('button', { name: 'บันทึก' }).click();
      await hasText(row.locator('[data-field="divisions"]'), 'ทุกฝ่าย');
      expect((await itemOf(api, 'I1')).activities[0]!.allDivisions).toBe(true);

      // The edits survive a reload.
      await page.reload();
      await hasText(
        activityRow(page, first.id).locator('[data-field="text"]'),
        'ประชุมชี้แจงเจ้าหน้าที่เรื่องการให้บริการ (ปรับปรุง)',
      );
      await hasText(activityRow(page, first.id).locator('[data-field="months"]'), 'เม.ย. ๖๖ – มิ.ย. ๖๖');

      // Add an activity to I1: it opens with "กิจกรรมใหม่" selected, typing replaces it.
      await item(page, 'I1').locator('tr').first().hover();
      await item(page, 'I1').getByRole('button', { name: '+ กิจกรรม' }).click();
      const newArea = item(page, 'I1').locator('[data-field="text"] textarea:focus');
      await newArea.waitFor();
      await page.keyboard.type('กิจกรรมทดสอบใหม่');
      await page.keyboard.press('Control+Enter');
      await expect.poll(async () => (await itemOf(api, 'I1')).activities.map((a) => a.text)).toHaveLength(3);
      await expect.poll(async () => (await itemOf(api, 'I1')).activities[2]!.text).toBe('กิจกรรมทดสอบใหม่');
      const acts = (await itemOf(api, 'I1')).activities;
      const added: Activity = acts[2]!;
      expect(added.allDivisions).toBe(acts[1]!.allDivisions); // months and divisions follow the activity above

      // Reorder: ▲ button, then Alt+↓ on a focused cell.
      await activityRow(page, added.id).hover();
      await page.getByRole('button', { name: 'เลื่อนกิจกรรมขึ้น (ข้อ I1 กิจกรรมที่ 3)' }).click();
      await expect
        .poll(async () => (await itemOf(api, 'I1')).activities.map((a) => a.id))
        .toEqual([acts[0]!.id, added.id, acts[1]!.id]);
      await activityRow(page, added.id).locator('[data-field="awareness"]').focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect
        .poll(async () => (await itemOf(api, 'I1')).activities.map((a) => a.id))
        .toEqual([acts[0]!.id, acts[1]!.id, added.id]);

      // Delete with a Thai confirm.
      await activityRow(page, added.id).hover();
      await page.getByRole('button', { name: 'ลบกิจกรรม (ข้อ I1 กิจกรรมที่ 3)' }).click();
      const confirm = page.getByRole('dialog', { name: 'ลบกิจกรรม' });
      await containsText(confirm, 'กิจกรรมทดสอบใหม่');
      await confirm.getByRole('button', { name: 'ลบกิจกรรม' }).click();
      await expect.poll(async () => (await itemOf(api, 'I1')).activities).toHaveLength(2);
      await countIs(activityRow(page, added.id), 0);

      // The API refuses deleting what has follow-ups; its Thai message is shown.
      const reported = (await itemOf(api, 'I2')).activities[0]!;
      await api.saveFollowUp({ activityId: reported.id, month: '2023-01', status: 'done' });
      await activityRow(page, reported.id).hover();
      await page.getByRole('button', { name: 'ลบกิจกรรม (ข้อ I2 กิจกรรมที่ 1)' }).click();
      await page.getByRole('dialog', { name: 'ลบกิจกรรม' }).getByRole('button', { name: 'ลบกิจกรรม' }).click();
      await containsText(page.getByRole('alert'), 'ลบกิจกรรมนี้ไม่ได้ เพราะมีผลการดำเนินงานบันทึกไว้แล้ว');
      await page.getByRole('button', { name: 'ปิดข้อความ' }).click();

      // Find (Ctrl+F): a code, then a word with its matches marked.
      await page.keyboard.press('Control+f');
      await expect.poll(() => page.getByLabel('ค้นหาในแผน').evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('O12');
      await countIs(page.locator('tbody[data-code]'), 1);
      await item(page, 'O12').waitFor();
      await page.getByLabel('ค้นหาในแผน').fill('ประชุม');
      await hasText(page.locator('tbody[data-code] mark').first(), 'ประชุม');
      const found = await page.locator('tbody[data-code]').count();
      expect(found).toBeGreaterThan(0);
      expect(found).toBeLessThan(70);
      await page.getByLabel('ค้นหาในแผน').press('Escape');
      await countIs(page.locator('tbody[data-code]'), 70);

      // Typing latency: keydown → the character painted in the textarea, median of 20 keystrokes.
      const latencyCell = activityRow(page, acts[1]!.id).locator('[data-field="awareness"]');
      await clickCell(latencyCell);
      await latencyCell.locator('textarea').waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __lat: number[] };
        w.__lat = [];
        let t0 = 0;
        document.addEventListener('keydown', () => (t0 = performance.now()), true);
        document.addEventListener('input', () =>
          requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0)),
        );
      });
      // One keystroke at a time: the next is pressed once the previous one's frame was measured.
      for (let k = 0; k < 20; k++) {
        await page.keyboard.press('x');
        await expect
          .poll(() => page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.length))
          .toBe(k + 1);
      }
      const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
      const sorted = [...lat].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.log(
        `typing latency: median ${median.toFixed(1)} ms over ${lat.length} keystrokes (max ${sorted.at(-1)!.toFixed(1)} ms)`,
      );
      expect(lat.length).toBe(20);
      // 100 ms is enforced by `npm run bench`; under the parallel suite only a gross regression fails here.
      expect(median).toBeLessThan(1000);
      await expect.poll(() => latencyCell.locator('textarea').inputValue()).toMatch(/x{20}$/);
      await page.keyboard.press('Escape');

      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('imports a pasted table after a preview; a bad paste is explained and imports nothing', async () => {
    const s = await openWithSample();
    const { page } = s;
    try {
      const lines = fs.readFileSync(path.join(REPO_ROOT, 'db/import/sample/dusit-2566.txt'), 'utf8').split('\n');
      const header = lines.findIndex((l) => l.startsWith('ตัวชี้วัด\t'));
      // Header, the IIT section, indicator 1 and its first two items, as a FY2567 plan.
      const table = [
        'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        'สำนักงานเขตดุสิต ประจำปีงบประมาณ พ.ศ. 2567',
        ...lines.slice(header, header + 5),
      ].join('\n');

      await page.getByRole('button', { name: 'นำเข้าแผน', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'นำเข้าแผนจากตาราง' });
      await dialog.getByLabel('ตารางแผนที่จะนำเข้า').fill('สวัสดีครับ นี่ไม่ใช่ตารางแผน');
      await dialog.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2567');
      await dialog.getByRole('button', { name: 'ตรวจสอบ' }).click();
      const preview = dialog.getByTestId('import-preview');
      await containsText(preview, 'นำเข้าแผนไม่ได้');
      await containsText(preview.locator('.problem-error').first(), 'ไม่พบตารางที่แยกคอลัมน์ด้วยแท็บ');
      await disabled(dialog.getByRole('button', { name: 'นำเข้า', exact: true }));
      expect(await s.bridge.api.listPlans({})).toHaveLength(1);

      await dialog.getByLabel('ตารางแผนที่จะนำเข้า').fill(table);
      await expect.poll(() => dialog.getByLabel('ปีงบประมาณ (พ.ศ.)').inputValue()).toMatch('2567');
      await disabled(dialog.getByRole('button', { name: 'นำเข้า', exact: true })); // not checked yet
      await dialog.getByRole('button', { name: 'ตรวจสอบ' }).click();
      await containsText(preview, 'จะนำเข้า ๒ ข้อ ๔ กิจกรรม');
      await containsText(preview.locator('.preview-item-codes').first(), 'I1 I2');
      await containsText(preview.getByTestId('import-columns'), 'กิจกรรมที่จะดำเนินการ');
      await preview.locator('.problem-warning').first().waitFor();
      await countIs(preview.locator('.problem-error'), 0);
      await containsText(preview.locator('.problem-warning').first(), 'บรรทัด');
      await screenshot(page, 'plan-import-preview');
      expect(await s.bridge.api.listPlans({})).toHaveLength(1); // the check wrote nothing

      await dialog.getByRole('button', { name: 'นำเข้า', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await containsText(page.locator('.plan-header .subtitle'), 'พ.ศ. ๒๕๖๗');
      await countIs(page.locator('tbody[data-code]'), 2);
      const plans = await s.bridge.api.listPlans({});
      expect(plans.map((p) => [p.fiscalYear, p.itemCount, p.activityCount])).toEqual(
        expect.arrayContaining([
          [2567, 2, 4],
          [2566, 70, 112],
        ]),
      );
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('approving locks the table with a banner, reopening unlocks it; copy makes the next year', async () => {
    const s = await openWithSample();
    const { page } = s;
    try {
      await page.getByRole('button', { name: 'อนุมัติแผน' }).click();
      const dialog = page.getByRole('dialog', { name: 'อนุมัติแผน' });
      await fillBeDate(dialog, 'วันที่อนุมัติ', '2022-11-15');
      await dialog.getByRole('button', { name: 'อนุมัติแผน' }).click();
      const banner = page.getByTestId('approved-banner');
      await containsText(banner, 'แผนนี้อนุมัติแล้ว เมื่อ ๑๕ พฤศจิกายน ๒๕๖๕ แก้ไขไม่ได้');
      await countIs(page.locator('.plan-table [data-cell]'), 0);
      await countIs(page.getByRole('button', { name: '+ เพิ่มข้อ' }), 0);
      await page.locator('tbody[data-code="I1"] [data-field="text"]').first().click();
      await countIs(page.locator('.plan-table textarea'), 0);
      await screenshot(page, 'plan-approved');
      expect((await s.bridge.api.listPlans({}))[0]).toMatchObject({ status: 'approved', approvedAt: '2022-11-15' });

      await page.locator('.toolbar-actions').getByRole('button', { name: 'ยกเลิกการอนุมัติ' }).click();
      await page.getByRole('dialog', { name: 'ยกเลิกการอนุมัติ' }).getByRole('button', { name: 'ยกเลิกการอนุมัติ' }).click();
      await countIs(banner, 0);
      // Editable again: the items drawn as text have their cells, the far ones (placeholders) their Tab stop.
      await expect.poll(() => page.locator('.plan-table tbody[data-code="I1"] [data-cell]').count()).toBeGreaterThan(5);
      const farItems = await page.locator('.plan-table tbody.item-far').count();
      expect(await page.locator('.plan-table tbody.item-far [data-cell="far"]').count()).toBe(farItems);

      await page.getByRole('button', { name: 'คัดลอกเป็นแผนปีถัดไป' }).click();
      await page.getByRole('dialog', { name: 'คัดลอกเป็นแผนปีถัดไป' }).getByRole('button', { name: 'คัดลอกแผน' }).click();
      await containsText(page.locator('.plan-header .subtitle'), 'พ.ศ. ๒๕๖๗');
      await countIs(page.locator('tbody[data-code]'), 70);
      const next = (await s.bridge.api.listPlans({})).find((p) => p.fiscalYear === 2567);
      expect(next).toMatchObject({ status: 'draft', itemCount: 70, activityCount: 112 });
      await disabled(page.getByRole('button', { name: 'คัดลอกเป็นแผนปีถัดไป' }), false); // 2568 does not exist yet
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
