// UI response times (goal: every interaction ≤ 100 ms until the screen is complete, no main-thread
// block over 50 ms). The built UI in Debian's Chromium, the real API over the loopback bridge, the
// clock pinned to 15 March 2023 (inside the plan's year, so screens open on a month with reports).
// Cases: the sample plan (112 activities) and a 300-activity plan, both with reported months.
// Complete means drawn: rows far from the view may be placeholders (FarRow, the plan's far items),
// but none may be left in the view when a screen says it is complete (checked after each opening).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, type AppSession } from '../e2e/browser';
import { measureClick, measureTyping, type Interaction } from '../e2e/latency';
import { fillMonths, growPlan, SAMPLE_MONTHS, samplePlan, unsynced } from './plans';
import { atMost, median, type Figure } from './stats';

const CLOCK = new Date('2023-03-15T10:00:00+07:00');
const TABS = ['overview', 'plan', 'followup', 'history', 'settings', 'help'] as const;
/** When each screen is complete: its data shown, every row mounted. */
const COMPLETE: Record<(typeof TABS)[number], string> = {
  overview: '[data-screen="overview"] .ov-body:not(.stale)',
  plan: '[data-screen="plan"] table.plan-table[data-complete="true"]',
  followup: '[data-screen="followup"] table.fu-table[data-complete="true"]',
  history: '[data-screen="history"] table.hi-table[aria-busy="false"] tbody tr',
  settings: '[data-screen="settings"] .set-columns',
  help: '[data-screen="help"]',
};
const tab = (screen: (typeof TABS)[number]) => `nav.tabs button:nth-child(${TABS.indexOf(screen) + 1})`;

interface Case {
  label: string;
  activities: number;
}

async function openCase(browser: Browser, dir: string, c: Case): Promise<AppSession> {
  const s = await openApp(browser, { dbPath: path.join(dir, `ui-${c.activities}.sqlite`), clock: CLOCK });
  await unsynced(s.bridge.db, async () => {
    const planId = await samplePlan(s.bridge.api);
    await growPlan(s.bridge.api, planId, c.activities);
    await fillMonths(s.bridge.api, planId, SAMPLE_MONTHS);
  });
  await s.page.reload();
  await s.page.locator('section[data-screen]').first().waitFor();
  return s;
}

/**
 * Placeholders (rows not yet drawn as text) left in the view of a screen said to be complete: must
 * be none, or the figure measured less than the user sees. Checked after every measured opening.
 */
const PLACEHOLDERS_IN_VIEW = `(() => {
  const box = document.querySelector('.fu-scroll, .plan-scroll') || document.documentElement;
  const r = box.getBoundingClientRect();
  const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
  return [...document.querySelectorAll('tr.fu-far, tbody.item-far')].filter((el) => {
    const b = el.getBoundingClientRect();
    return b.height > 0 && b.bottom > top && b.top < bottom;
  }).length;
})()`;

async function complete(page: Page, x: Interaction, what: string): Promise<Interaction> {
  const left = (await page.evaluate(PLACEHOLDERS_IN_VIEW)) as number;
  if (left > 0) throw new Error(`${what}: ${left} placeholder rows still in view when the screen said it was complete`);
  return x;
}

let worstBlock = { ms: 0, where: '' };

function summarize(label: string, xs: Interaction[]): Figure[] {
  for (const x of xs) if (x.blockMs > worstBlock.ms) worstBlock = { ms: x.blockMs, where: label };
  return [
    { name: label, median: median(xs.map((x) => x.ms)), unit: 'ms', goal: atMost(100), samples: xs.length },
    {
      name: `${label}: longest block`,
      median: median(xs.map((x) => x.blockMs)),
      unit: 'ms',
      goal: atMost(50),
      samples: xs.length,
    },
  ];
}

async function measureCase(s: AppSession, c: Case, rounds: number): Promise<Figure[]> {
  const out: Figure[] = [];
  const page = s.page;
  // Screen switches, each screen from the one before it in the tab order.
  const switches = new Map<string, Interaction[]>(TABS.map((t) => [t, []]));
  await page.click(tab('help'));
  for (let i = 0; i < rounds; i++) {
    for (const screen of TABS)
      switches.get(screen)!.push(await complete(page, await measureClick(page, tab(screen), COMPLETE[screen]), screen));
  }
  for (const screen of TABS) out.push(...summarize(`${c.label}: open ${screen}`, switches.get(screen)!));

  // A month with reports, opened from the month bar (the next is read in full before the next click).
  await page.click(tab('followup'));
  await page.locator(COMPLETE.followup).waitFor();
  const opens: Interaction[] = [];
  for (let i = 0; i < rounds; i++) {
    const m = i % 2 === 0 ? '2023-04' : '2023-03';
    opens.push(
      await complete(
        page,
        await measureClick(
          page,
          `button.fu-month[data-month="${m}"]`,
          `table.fu-table[data-month="${m}"][data-complete="true"]`,
        ),
        `month ${m}`,
      ),
    );
  }
  out.push(...summarize(`${c.label}: open a month with reports`, opens));
  // Rows mount dormant (text stand-ins): the pointer over the first row wakes it, as a user's would.
  await page.locator('tr.fu-row').first().hover();
  const field = page.locator('tr.fu-row textarea[data-field="result"]').first();
  out.push(
    ...summarize(`${c.label}: typing in a follow-up field`, [await measureTyping(page, field, 'ประชุมแล้วครบทุกฝ่าย')]),
  );

  await page.click(tab('plan'));
  await page.locator(COMPLETE.plan).waitFor();
  const cell = page.locator('[data-cell="text"][data-field="text"]').first();
  await cell.click();
  out.push(
    ...summarize(`${c.label}: typing in a plan cell`, [
      await measureTyping(page, page.locator('textarea:focus'), 'แก้ไขข้อความ'),
    ]),
  );
  await page.keyboard.press('Escape');
  return out;
}

/** Every interaction's figures; the two JSON figures are the worst medians over all of them. */
export async function benchUi(rounds = 7): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-ui-'));
  const browser = await launchBrowser();
  worstBlock = { ms: 0, where: '' };
  try {
    const figures: Figure[] = [];
    for (const c of [
      { label: 'sample plan', activities: 112 },
      { label: '300 activities', activities: 300 },
    ]) {
      const s = await openCase(browser, dir, c);
      try {
        figures.push(...(await measureCase(s, c, rounds)));
      } finally {
        await s.close();
      }
    }
    const times = figures.filter((f) => !f.name.endsWith('longest block'));
    const blocks = figures.filter((f) => f.name.endsWith('longest block'));
    const worst = (fs: Figure[]) => fs.reduce((a, b) => (b.median > a.median ? b : a));
    const slow = worst(times);
    const blocked = worst(blocks);
    return [
      ...figures,
      { ...slow, key: 'uiMaxMs', name: `UI: slowest interaction (${slow.name})` },
      {
        ...blocked,
        key: 'uiBlockMaxMs',
        name: `UI: longest main-thread block (${blocked.name.replace(': longest block', '')})`,
        note: '0 = no frame over 50 ms (long-animation-frame reports only those); median over the samples',
      },
      {
        name: `UI: worst single block in any sample (${worstBlock.where || 'none'})`,
        median: worstBlock.ms,
        unit: 'ms',
        goal: null,
        samples: 1,
        note: 'one sample: shows what other load on the machine did too',
      },
    ];
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
