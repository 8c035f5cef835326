// Chasing the divisions on the overview (issue 13 point 6), in Chromium over the bridge (real API, a
// fresh SQLite file): what each division has not reported this month, a division bar opening the
// follow-up screen filtered to it, every late division's form in one go (progress, where they went),
// and the one-page PDF for the director through the report pipeline.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisionFormFileName } from '../../core/fileName';
import { tmpDir } from '../helpers/tmp';
import { ARTIFACTS, launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MARCH = '2023-03';

describe('chasing the divisions (Chromium, real API)', () => {
  it('lists who is late, opens a division, makes all their forms, prints one page', async () => {
    const s = await openApp(browser, { clock: new Date('2023-03-20T09:00:00+07:00') });
    const { page } = s;
    const api = s.bridge.api;
    try {
      const planId = (await api.importSamplePlan({})).plan!.id;
      const divisions = await api.listDivisions({});
      const byName = new Map(divisions.map((d) => [d.name, d.id]));
      const chased = [byName.get('ฝ่ายโยธา')!, byName.get('ฝ่ายเทศกิจ')!];
      // Everything of March is reported but the rows of two divisions' own activities.
      const rows = await api.listMonth({ planId, month: MARCH });
      const left = rows.filter((r) => !r.allDivisions && r.divisionIds.some((id) => chased.includes(id)));
      expect(left.length).toBeGreaterThan(0);
      for (const r of rows) {
        if (!left.includes(r)) await api.saveFollowUp({ activityId: r.activityId, month: MARCH, status: 'inProgress' });
      }
      // Late: every division sharing one of those rows, in the office's order.
      const late = divisions.filter((d) => left.some((r) => r.divisionIds.includes(d.id))).map((d) => d.name);
      expect(late).toEqual(expect.arrayContaining(['ฝ่ายโยธา', 'ฝ่ายเทศกิจ']));

      await page.reload();
      await page.locator('section[data-screen="plan"]').waitFor();
      await page.keyboard.press('Control+1');
      const list = page.getByTestId('ov-chase-list');
      await list.waitFor();
      expect(await page.locator('#ov-chase-title').innerText()).toContain('มีนาคม ๒๕๖๖');
      expect(await list.locator('.ov-chase-name').allInnerTexts()).toEqual(late);
      const yotha = list.locator(`[data-division-id="${byName.get('ฝ่ายโยธา')}"]`);
      const mine = left.filter((r) => r.divisionIds.includes(byName.get('ฝ่ายโยธา')!));
      expect(await yotha.locator('.ov-chase-count').innerText()).toContain(
        `ยังไม่รายงาน ${String(mine.length).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))} จาก`,
      );
      expect(await yotha.locator('.ov-chase-codes').innerText()).toContain(mine[0]!.itemCode);
      await page.locator('#ov-chase').scrollIntoViewIfNeeded();
      await screenshot(page, 'overview-chase');

      // A division's bar opens the follow-up screen on this month, filtered to that division.
      const yothaId = byName.get('ฝ่ายโยธา')!;
      await page.getByTestId(`ov-div-${yothaId}`).getByRole('button').click();
      await page.locator(`table.fu-table[data-month="${MARCH}"]`).waitFor();
      await expect.poll(() => page.locator('select[data-filter="division"]').inputValue()).toBe(String(yothaId));
      const answering = rows.filter((r) => r.allDivisions || r.divisionIds.includes(yothaId)).length;
      await expect.poll(() => page.locator('tr.fu-row:not([hidden])').count()).toBe(answering);
      await screenshot(page, 'followup-one-division');

      // "ส่งแบบฟอร์มให้ฝ่าย": every late division's form in the folder picked, with progress.
      await page.keyboard.press('Control+1');
      await list.waitFor();
      await page.getByRole('button', { name: 'ส่งแบบฟอร์มให้ฝ่าย' }).click();
      const dialog = page.getByRole('dialog', { name: 'ส่งแบบฟอร์มให้ฝ่าย' });
      expect(await dialog.locator('.ov-send-list li').count()).toBe(late.length);
      await screenshot(page, 'send-forms-ask');
      const folder = path.join(tmpDir(), 'แบบฟอร์ม มี.ค.');
      fs.mkdirSync(folder);
      s.bridge.folderPaths.push(folder);
      // Every progress line the dialog shows, as it shows them.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __progress: string[] }).__progress = seen;
        new MutationObserver(() => {
          const t = document.querySelector('[data-testid="send-forms-progress"]')?.textContent;
          if (t && seen.at(-1) !== t) seen.push(t);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await dialog.getByRole('button', { name: 'เลือกโฟลเดอร์…' }).click();
      await dialog.getByTestId('send-forms-done').waitFor();
      const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
      const th = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
      expect(seen[0]).toBe(`กำลังสร้างแบบฟอร์ม ๑ จาก ${th(late.length)}: ${late[0]}`);
      expect(seen.at(-1)).toBe(`กำลังสร้างแบบฟอร์ม ${th(late.length)} จาก ${th(late.length)}: ${late.at(-1)}`);
      expect(await dialog.getByTestId('send-forms-folder').textContent()).toBe(folder);
      const expected = late.map((name) => divisionFormFileName(name, MARCH));
      expect(fs.readdirSync(folder).sort()).toEqual([...expected].sort());
      expect(fs.statSync(path.join(folder, expected[0]!)).size).toBeGreaterThan(1000);
      await screenshot(page, 'send-forms-done');
      await dialog.getByRole('button', { name: 'เปิดโฟลเดอร์' }).click();
      await expect.poll(() => s.bridge.opened.revealed).toEqual([path.join(folder, expected[0]!)]);
      await dialog.locator('footer').getByRole('button', { name: 'ปิด', exact: true }).click();

      // The director's page: one PDF page through the report pipeline.
      const pdf = path.join(tmpDir(), 'สรุป.pdf');
      s.bridge.savePaths.push(pdf);
      await page.getByRole('button', { name: 'พิมพ์สรุปสำหรับ ผอ.เขต (PDF)' }).click();
      await page.getByTestId('summary-done').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('summary-done').innerText()).toContain('๑ หน้า');
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
      // Cell by cell (no -layout), a long division name wrapped in its cell joins up again.
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('ณสิ้นเดือนมีนาคมพ.ศ.๒๕๖๖');
      for (const name of late) expect(text).toContain(name.replace(/\s+/g, ''));
      execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', pdf, path.join(ARTIFACTS, 'overview-director-pdf')]);
      await screenshot(page, 'overview-summary-done');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
