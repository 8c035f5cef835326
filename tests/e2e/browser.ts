// Playwright (playwright-core) driving Debian's Chromium: the real UI, a fresh data folder per test.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/reports/pdf/chromiumFlags';
import { REPO_ROOT } from '../helpers/paths';
import { startBridge, type Bridge } from './bridge/server';
import { ensureRendererBuilt } from './build';

export const CHROMIUM = CHROMIUM_PATH;
export const ARTIFACTS = path.join(REPO_ROOT, 'tests', 'artifacts');

export async function launchBrowser(): Promise<Browser> {
  ensureRendererBuilt();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface AppSession {
  bridge: Bridge;
  page: Page;
  dbPath: string;
  /** Thai errors the page logged; a test ends with none unless it expects them. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** A fresh database file, the bridge over it, and a page opened on the app. */
export async function openApp(
  browser: Browser,
  options: { dbPath?: string; width?: number; height?: number; clock?: Date } = {},
): Promise<AppSession> {
  // tmpDir (vitest's cleanup) only inside tests; benchmarks pass their own path.
  const dbPath = options.dbPath ?? path.join((await import('../helpers/tmp')).tmpDir(), 'ita.sqlite');
  const bridge = await startBridge(dbPath);
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    locale: 'th-TH',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // "Today" for the screens (the month they open on); timers keep running normally.
  if (options.clock) await page.clock.setFixedTime(options.clock);
  await page.goto(bridge.url);
  return {
    bridge,
    page,
    dbPath,
    consoleErrors,
    close: async () => {
      await context.close();
      await bridge.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
