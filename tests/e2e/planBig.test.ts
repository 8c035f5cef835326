// A big plan on the plan screen (real UI in Chromium, real API over the loopback bridge): 300
// activities mount in chunks between frames until the table says it is complete, cells are plain
// text with no editor mounted until one is used, and a used cell edits and saves as before.
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

// In-page: the number of activity rows at each frame from the click until the table is complete.
const ROWS_PER_FRAME = `() => new Promise((resolve) => {
  const counts = [];
  const tick = () => {
    counts.push(document.querySelectorAll('[data-screen="plan"] tr[data-activity-id]').length);
    if (document.querySelector('table.plan-table[data-complete="true"]')) resolve(counts);
    else requestAnimationFrame(tick);
  };
  document.querySelector('nav.tabs button:nth-child(2)').click();
  tick();
})`;

describe('plan screen with 300 activities', () => {
  it('mounts in chunks until complete, as text; a cell gets its editor when used and saves', async () => {
    const s = await openApp(browser);
    try {
      const api = s.bridge.api;
      const planId = await samplePlan(api);
      await growPlan(api, planId, 300);
      await s.page.reload();
      await s.page.locator('section[data-screen]').first().waitFor();
      await s.page.click('nav.tabs button:nth-child(3)'); // away, so the plan screen mounts afresh
      await s.page.locator('[data-screen="followup"]').waitFor();

      const counts = (await s.page.evaluate(`(${ROWS_PER_FRAME})()`)) as number[];
      const steps = [...new Set(counts)];
      expect(steps.at(-1)).toBe(300);
      expect(steps.length).toBeGreaterThanOrEqual(4); // a first screenful, then chunk after chunk
      expect(steps).toEqual([...steps].sort((a, b) => a - b));

      const table = s.page.locator('table.plan-table');
      expect(await table.locator('[data-cell="text"]').count()).toBe(300 * 3 + 70 * 3);
      expect(await table.locator('textarea, select, input').count()).toBe(0);

      // Used: the cell becomes its live editor, focused; Tab opens the next cell; the text is saved.
      const row = table.locator('tr[data-activity-id]').last();
      const id = Number(await row.getAttribute('data-activity-id'));
      const textOf = async () =>
        (await api.getPlan({ planId })).indicators
          .flatMap((i) => i.items.flatMap((it) => it.activities))
          .find((a) => a.id === id)!.text;
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
