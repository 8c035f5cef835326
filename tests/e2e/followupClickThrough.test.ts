// A click-through target stays in view while the rows around it wake (placeholders turning into real
// rows of another height), on a slow PC too: Chromium's CPU is throttled through CDP so the wakes
// land after the scroll, as they do on a loaded machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Resolves when no placeholder row is left within a screen of the grid's view, two frames later. */
async function rowsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    let box = document.querySelector('table.fu-table')?.parentElement;
    while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    if (!box) return false;
    const view = box.getBoundingClientRect();
    // The NearView's margin is a screen (the scroll box's height) above and below; a pixel less here.
    return [...document.querySelectorAll('tr.fu-far')].every((tr) => {
      const r = tr.getBoundingClientRect();
      return (
        tr.closest('[hidden]') !== null ||
        r.bottom < view.top - view.height + 1 ||
        r.top > view.bottom + view.height - 1
      );
    });
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe('click-through on a slow PC', () => {
  it('the row clicked through to stays in view while the rows around it wake', async () => {
    const s = await openApp(browser);
    const { page } = s;
    try {
      await s.bridge.api.importSamplePlan({});
      await page.reload();
      await page.getByRole('button', { name: 'ภาพรวม', exact: true }).click();
      await page.locator('#ov-month').selectOption('2023-09');
      const links = page.locator('[data-screen="overview"] [data-activity-id]');
      await links.last().waitFor();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
      // The last activity (the bottom of the grid) and one in the middle (rows wake above and below).
      for (const which of ['last', 'middle'] as const) {
        if (which === 'middle') {
          await page.getByRole('button', { name: 'ภาพรวม', exact: true }).click();
          await page.locator('#ov-month').selectOption('2023-09');
          await links.last().waitFor();
        }
        const n = await links.count();
        const link = which === 'last' ? links.last() : links.nth(Math.floor(n / 2));
        const id = Number(await link.getAttribute('data-activity-id'));
        await link.click();
        const tr = page.locator(`tr.fu-row[data-activity-id="${id}"]`);
        await tr.and(page.locator('.fu-flash')).waitFor();
        await rowsSettled(page);
        expect(await page.evaluate('document.activeElement.closest("tr")?.dataset.activityId')).toBe(String(id));
        const box = (await tr.boundingBox())!;
        await screenshot(page, `followup-click-through-slow-${which}`);
        expect(box.y, which).toBeGreaterThan(0);
        expect(box.y + box.height, which).toBeLessThan(768);
        // Where it was put: centred in the grid's scroll box, unless that is scrolled to an end.
        const at = await tr.evaluate((el) => {
          let sb = el.parentElement;
          while (sb && !/(auto|scroll)/.test(getComputedStyle(sb).overflowY)) sb = sb.parentElement;
          const v = sb!.getBoundingClientRect();
          const r = el.getBoundingClientRect();
          const end = sb!.scrollTop <= 0 || sb!.scrollTop >= sb!.scrollHeight - sb!.clientHeight - 1;
          return {
            off: r.top + r.height / 2 - (v.top + v.height / 2),
            end,
            inBox: r.top >= v.top && r.bottom <= v.bottom,
          };
        });
        expect(at.inBox, which).toBe(true);
        if (!at.end) expect(Math.abs(at.off), which).toBeLessThan(2);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
