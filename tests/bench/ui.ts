// UI response times with the seed plan loaded (issue #3): switching screens, opening a month,
// typing in a cell. Real UI in Debian's Chromium, real API over the loopback bridge.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, openApp } from '../e2e/browser';
import { timeClick, typingLatency } from '../e2e/latency';
import { median, type BenchResult } from './stats';

export async function benchUi(rounds = 15): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-ui-'));
  const browser = await launchBrowser();
  try {
    const s = await openApp(browser, { dbPath: path.join(dir, 'ui.sqlite') });
    await s.bridge.api.importSamplePlan({});
    await s.page.reload();
    await s.page.locator('section[data-screen]').first().waitFor();

    const switches: number[] = [];
    const order = ['overview', 'plan', 'followup', 'history', 'settings', 'help'];
    for (let i = 0; i < rounds; i++) {
      for (const [n, screen] of order.entries()) {
        switches.push(
          await timeClick(s.page, `nav.tabs button:nth-child(${n + 1})`, `section[data-screen="${screen}"]`),
        );
      }
    }

    const results: BenchResult[] = [
      { name: 'switch screens (seed plan)', median: median(switches), target: 100, unit: 'ms' },
    ];

    // Opening a month and typing: the follow-up screen's month buttons and a result field.
    await s.page.click('nav.tabs button:nth-child(3)');
    await s.page.locator('button.fu-month').first().waitFor();
    {
      const opens: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const m = i % 2 === 0 ? '2023-03' : '2023-04';
        opens.push(
          await timeClick(s.page, `button.fu-month[data-month="${m}"]`, `table.fu-table[data-month="${m}"] tr.fu-row`),
        );
        // As a user does: the month is read (all its rows are in) before the next one is opened.
        await s.page.locator(`table.fu-table[data-month="${m}"][data-complete="true"]`).waitFor();
      }
      results.push({ name: 'open a month in the follow-up screen', median: median(opens), target: 100, unit: 'ms' });
      const field = s.page.locator('tr.fu-row textarea[data-field="result"]').first();
      results.push({
        name: 'typing in a follow-up field',
        median: await typingLatency(s.page, field, 'ประชุมแล้วครบทุกฝ่าย'),
        target: 100,
        unit: 'ms',
      });
    }
    await s.page.click('nav.tabs button:nth-child(2)');
    const cell = s.page.locator('[data-cell="text"][data-field="text"]').first();
    if ((await cell.count()) > 0) {
      await cell.click();
      const editor = s.page.locator('textarea:focus');
      results.push({
        name: 'typing in a plan cell',
        median: await typingLatency(s.page, editor, 'แก้ไขข้อความ'),
        target: 100,
        unit: 'ms',
      });
    }
    await s.close();
    return results;
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
