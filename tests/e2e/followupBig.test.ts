// A big plan's month on the follow-up screen (real UI in Chromium, real API over the loopback
// bridge): 300 rows mount in chunks as plain text (DormantRow) with no form control until a row is
// used; the stand-ins take the editors' places to the pixel; the pointer, Tab and a click wake a
// row into its live editors, which then save as before. (How fast is measured by `npm run bench`.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fillMonths, growPlan, samplePlan } from '../bench/plans';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MARCH = '2023-03';
const CLOCK = new Date('2023-03-15T10:00:00+07:00');

/** Each field's box (and the row's height) relative to its row, to compare the two forms of a row. */
function boxes(page: Page, activityId: number) {
  return page.evaluate((id) => {
    const tr = document.querySelector(`tr.fu-row[data-activity-id="${id}"]`)!;
    const at = tr.getBoundingClientRect();
    const fields = [...tr.querySelectorAll('[data-field]')].map((el) => {
      const r = el.getBoundingClientRect();
      return [el.getAttribute('data-field'), r.x - at.x, r.y - at.y, r.width, r.height].map((v) =>
        typeof v === 'number' ? Math.round(v) : v,
      );
    });
    return { height: Math.round(at.height), fields };
  }, activityId);
}

describe('follow-up month of a 300-activity plan', () => {
  it('mounts as text in chunks; a row wakes into its editors where the text stood, and saves', async () => {
    const s = await openApp(browser, { width: 1366, height: 768, clock: CLOCK });
    try {
      const api = s.bridge.api;
      const planId = await samplePlan(api);
      await growPlan(api, planId, 300);
      await fillMonths(api, planId, [MARCH]);
      await s.page.reload();
      await s.page.getByRole('button', { name: 'ติดตามรายเดือน' }).click();
      const table = s.page.locator(`table.fu-table[data-month="${MARCH}"][data-complete="true"]`);
      await table.waitFor();
      const rows = await api.listMonth({ planId, month: MARCH });
      expect(await table.locator('tr.fu-row').count()).toBe(rows.length);
      expect(rows.length).toBe(300);
      // The mouse has not been over the grid: every row is dormant, no editor anywhere.
      expect(await table.locator('tr.fu-row.fu-dormant').count()).toBe(300);
      expect(await table.locator('textarea, select, input').count()).toBe(0);

      // The stand-ins show what is stored, in the office's digits.
      const [first, second, third] = rows;
      const r1 = s.page.locator(`tr.fu-row[data-activity-id="${first!.activityId}"]`);
      expect(await r1.locator('[data-field="result"]').innerText()).toBe(first!.followUp!.result);
      expect(await r1.locator('[data-field="status"]').innerText()).toBe('ดำเนินการแล้ว');
      expect(await r1.locator('[data-field="qty"]').innerText()).toBe('๐');
      expect(await r1.locator('.fu-ev-open').innerText()).toContain('bangkok.go.th');

      // The pointer wakes the row: its editors stand exactly where the text stood.
      const before = await boxes(s.page, first!.activityId);
      await r1.hover();
      await r1.locator('select[data-field="status"]').waitFor();
      expect(await boxes(s.page, first!.activityId)).toEqual(before);
      expect(await r1.locator('textarea[data-field="result"]').inputValue()).toBe(first!.followUp!.result);
      expect(await r1.locator('select[data-field="status"]').inputValue()).toBe('done');
      expect(await table.locator('tr.fu-row.fu-dormant').count()).toBe(299);

      // Tab from the woken row into the next (dormant) one: focus lands in its live select.
      await r1.locator('textarea[data-field="directorRemark"]').focus();
      const r2 = s.page.locator(`tr.fu-row[data-activity-id="${second!.activityId}"]`);
      for (let i = 0; i < 10; i++) {
        await s.page.keyboard.press('Tab');
        if (await r2.evaluate((tr) => tr.contains(document.activeElement))) break;
      }
      expect(await s.page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
      expect(await r2.locator('select[data-field="status"]').inputValue()).toBe('inProgress');

      // One click on a dormant row's "+ ลิงก์" opens the link box (the pointer woke the row first).
      const r3 = s.page.locator(`tr.fu-row[data-activity-id="${third!.activityId}"]`);
      await r3.getByRole('button', { name: '+ ลิงก์' }).click();
      const url = r3.locator('.fu-ev-url input');
      await url.fill('https://www.bangkok.go.th/dusit/ita-300');
      await url.press('Enter');
      await r3.locator('.fu-ev-open', { hasText: 'bangkok.go.th' }).waitFor();

      // A woken row edits and saves as before.
      const text = r3.locator('textarea[data-field="problems"]');
      await text.fill('รอใบเสนอราคา');
      await text.blur();
      await r3.locator('.fu-state-saved').waitFor();
      const saved = (await api.listMonth({ planId, month: MARCH })).find((r) => r.activityId === third!.activityId)!;
      expect(saved.followUp!.problems).toBe('รอใบเสนอราคา');
      expect(saved.followUp!.evidence.map((e) => e.url)).toContain('https://www.bangkok.go.th/dusit/ita-300');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
