// A big plan on the plan screen (real UI in Chromium, real API over the loopback bridge): every
// item of 300 activities mounts at once, those in and near the view as text with no editor mounted
// until a cell is used, the others as placeholders (FarItem) that turn into text as they near the
// view or are reached by Tab; a used cell edits and saves as before.
// (How fast is measured by `npm run bench`, not here.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { growPlan, samplePlan } from '../bench/plans';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// In-page: far items (placeholders) and items drawn as text within the window's view.
const ITEMS_IN_VIEW = `(() => [...document.querySelectorAll('tbody.item-group')].reduce((n, t) => {
  const b = t.getBoundingClientRect();
  if (b.bottom > 0 && b.top < innerHeight) n[t.classList.contains('item-far') ? 'far' : 'text'] += 1;
  return n;
}, { text: 0, far: 0 }))()`;

describe('plan screen with 300 activities', () => {
  it('draws the items in view as text, the rest as placeholders woken by view or Tab; a used cell saves', async () => {
    const s = await openApp(browser);
    try {
      const api = s.bridge.api;
      const planId = await samplePlan(api);
      await growPlan(api, planId, 300);
      await s.page.reload();
      await s.page.locator('section[data-screen]').first().waitFor();
      await s.page.click('nav.tabs button:nth-child(3)'); // away, so the plan screen mounts afresh
      await s.page.locator('[data-screen="followup"]').waitFor();

      await s.page.click('nav.tabs button:nth-child(2)');
      const table = s.page.locator('table.plan-table[data-complete="true"]');
      await table.waitFor();
      const inView = () => s.page.evaluate(ITEMS_IN_VIEW) as Promise<{ text: number; far: number }>;
      expect(await inView()).toEqual({ text: expect.any(Number), far: 0 });
      expect((await inView()).text).toBeGreaterThan(0);
      // Every row is in the table; only the first items' cells are, as text, with no editor.
      expect(await table.locator('tr[data-activity-id]').count()).toBe(300);
      expect(await table.locator('tbody[data-code]').count()).toBe(70);
      const far = await table.locator('tbody.item-far').count();
      expect(far).toBeGreaterThan(50);
      const textCells = (70 - far) * 3 + (300 - (await table.locator('tbody.item-far tr').count())) * 3;
      expect(await table.locator('[data-cell="text"]').count()).toBe(textCells);
      expect(await table.locator('textarea, select, input').count()).toBe(0);

      // Tab on from the last text cell before the first far item: the item wakes, focus in its first cell.
      const firstFar = table.locator('tbody.item-far').first();
      const farCode = await firstFar.getAttribute('data-code');
      const lastBefore = table.locator('tbody.item-group:not(.item-far)').last().locator('[data-cell="text"]').last();
      await lastBefore.click({ position: { x: 8, y: 8 } });
      await s.page.locator('.plan-table textarea:focus').waitFor();
      const woken = table.locator(`tbody[data-code="${farCode}"]`);
      const inWoken = () => woken.evaluate((t) => t.contains(document.activeElement));
      for (let i = 0; i < 12 && !(await inWoken()); i++) await s.page.keyboard.press('Tab');
      expect(await inWoken()).toBe(true);
      expect(await woken.getAttribute('class')).not.toContain('item-far');
      expect(
        await woken.evaluate((t) => document.activeElement?.closest('[data-cell]') === t.querySelector('[data-cell]')),
      ).toBe(true);
      await s.page.keyboard.press('Escape');

      // Used: the cell becomes its live editor, focused; Tab opens the next cell; the text is saved.
      const row = table.locator('tr[data-activity-id]').last();
      const id = Number(await row.getAttribute('data-activity-id'));
      const textOf = async () =>
        (await api.getPlan({ planId })).indicators
          .flatMap((i) => i.items.flatMap((it) => it.activities))
          .find((a) => a.id === id)!.text;
      // Far at first: scrolled into view, its item turns into text.
      await row.scrollIntoViewIfNeeded();
      await expect.poll(inView).toMatchObject({ far: 0 });
      await row.locator('[data-cell="text"][data-field="text"]').click({ position: { x: 8, y: 8 } });
      const editor = row.locator('textarea[aria-label^="กิจกรรม"]');
      await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
      await editor.fill('กิจกรรมสุดท้ายของแผนใหญ่');
      await s.page.keyboard.press('Tab');
      const output = row.locator('textarea[aria-label^="ผลผลิต"]');
      await expect.poll(() => output.evaluate((el) => el === document.activeElement)).toBe(true);
      await s.page.keyboard.press('Escape');
      await expect.poll(textOf).toBe('กิจกรรมสุดท้ายของแผนใหญ่');
      expect(await table.locator('textarea').count()).toBe(0);
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
