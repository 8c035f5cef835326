// Issue 12, point 9 in the real UI (Chromium over the loopback bridge): an evidence link whose domain
// mixes scripts is named by its punycode, with a Thai warning beside it; an ordinary link is not.
import { domainToASCII } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MARCH = '2023-03';

describe('look-alike links on the follow-up screen', () => {
  it('a Cyrillic "о" in bangkok.go.th shows as punycode with a warning; the genuine link does not', async () => {
    const s = await openApp(browser, { height: 900 });
    const { page } = s;
    try {
      const planId = (await s.bridge.api.importSamplePlan({})).plan!.id;
      const [first] = await s.bridge.api.listMonth({ planId, month: MARCH });
      const fake = 'https://www.bangk\u043ek.go.th/dusit';
      await s.bridge.api.addEvidenceUrl({ activityId: first!.activityId, month: MARCH, url: fake });
      await s.bridge.api.addEvidenceUrl({
        activityId: first!.activityId,
        month: MARCH,
        url: 'https://www.bangkok.go.th/dusit',
      });
      await page.reload();
      await page.getByRole('button', { name: 'ติดตามรายเดือน' }).click();
      await page.locator(`button.fu-month[data-month="${MARCH}"]`).click();
      const row = page.locator(`tr.fu-row[data-activity-id="${first!.activityId}"]`);
      const warning = row.getByTestId('evidence-lookalike');
      await expect.poll(() => warning.count()).toBe(1);
      const ascii = domainToASCII('www.bangk\u043ek.go.th');
      expect(await warning.innerText()).toContain('อาจเป็นเว็บไซต์ปลอม');
      expect(await warning.getAttribute('title')).toContain(`คำเตือน`);
      expect(await warning.getAttribute('title')).toContain(ascii);
      const names = await row.locator('.fu-ev-open').allInnerTexts();
      expect(names.some((n) => n.includes(ascii.replace(/^www\./, '')))).toBe(true);
      expect(names.join(' ')).not.toContain('bangk\u043ek');
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, 'followup-lookalike-link');
    } finally {
      await s.close();
    }
  });
});
