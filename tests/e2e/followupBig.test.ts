// A big plan's month on the follow-up screen (real UI in Chromium, real API over the loopback
// bridge): all 300 rows mount at once, those in and near the view as plain text (DormantRow), the
// others as one-cell placeholders (FarRow) that turn into text as they near the view, with no form
// control until a row is used; the stand-ins take the editors' places to the pixel; the pointer,
// Tab and a click wake a row into its live editors, which then save as before; Tab and Enter reach
// a far row too. (How fast is measured by `npm run bench`.)
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

// In-page: how many rows in the scroll box's view are text (dormant) and how many placeholders (far).
const FORMS_IN_VIEW = `(() => {
  const box = document.querySelector('.fu-scroll').getBoundingClientRect();
  const seen = [...document.querySelectorAll('tr.fu-row')].filter((tr) => {
    const r = tr.getBoundingClientRect();
    return r.height > 0 && r.bottom > box.top && r.top < box.bottom;
  });
  return {
    dormant: seen.filter((tr) => tr.classList.contains('fu-dormant')).length,
    far: seen.filter((tr) => tr.classList.contains('fu-far')).length,
  };
})()`;

describe('follow-up month of a 300-activity plan', () => {
  it('mounts the rows in view as text, the rest as placeholders; a row wakes into its editors where the text stood, and saves', async () => {
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
      // The mouse has not been over the grid: no editor anywhere; every row in or near the view is
      // text, the rest are placeholders.
      expect(await table.locator('textarea, select, input').count()).toBe(0);
      const inView = () => s.page.evaluate(FORMS_IN_VIEW) as Promise<{ dormant: number; far: number }>;
      expect(await inView()).toEqual({ dormant: expect.any(Number), far: 0 });
      const dormant = await table.locator('tr.fu-row.fu-dormant').count();
      expect(dormant).toBeGreaterThanOrEqual((await inView()).dormant);
      expect(await table.locator('tr.fu-row.fu-far').count()).toBe(300 - dormant);
      expect(dormant).toBeLessThan(100);

      // Scrolled far down, the rows now in view turn into text (a frame or two later).
      await s.page.locator('.fu-scroll').evaluate((el) => el.scrollBy(0, 12_000));
      await expect.poll(inView).toMatchObject({ far: 0 });
      expect((await inView()).dormant).toBeGreaterThan(0);
      expect(await table.locator('tr.fu-row.fu-dormant').count()).toBeGreaterThan(dormant);
      await s.page.locator('.fu-scroll').evaluate((el) => el.scrollTo(0, 0));

      // The stand-ins show what is stored, in the office's digits.
      const [first, second, third] = rows;
      const r1 = s.page.locator(`tr.fu-row[data-activity-id="${first!.activityId}"]`);
      // (Back in view after the scroll, the row's text is drawn again in the next frame.)
      await expect.poll(() => r1.locator('[data-field="result"]').innerText()).toBe(first!.followUp!.result);
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
      // Only that row is live (rows woken by the scroll above are text, placeholders still placeholders).
      expect(await table.locator('tr.fu-row:not(.fu-dormant):not(.fu-far)').count()).toBe(1);
      expect(await r1.getAttribute('class')).not.toContain('fu-dormant');

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

      // A far row (a placeholder) is reached by the keyboard too: Enter in the quantity above it
      // wakes it live with focus in its quantity.
      const farId = Number(await table.locator('tr.fu-row.fu-far').first().getAttribute('data-activity-id'));
      const index = rows.findIndex((r) => r.activityId === farId);
      const above = s.page.locator(`tr.fu-row[data-activity-id="${rows[index - 1]!.activityId}"]`);
      await above.locator('.fu-stand-in[data-field="qty"]').focus();
      await above.locator('input[data-field="qty"]').press('Enter');
      const far = s.page.locator(`tr.fu-row[data-activity-id="${farId}"]`);
      await expect.poll(() => far.evaluate((tr) => document.activeElement?.closest('tr') === tr)).toBe(true);
      expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('qty');
      expect(await far.locator('select[data-field="status"]').inputValue()).toBe(rows[index]!.followUp!.status);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
