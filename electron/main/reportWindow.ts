// A hidden window for reports (PDF export and printing). The report HTML is written to a private temp
// file (a folder of its own, removed after printing) and loaded from there: a `data:` URL of it would be
// refused by Chromium above 2 MiB, and the 6-month and annual reports of a plan with a year of
// follow-ups come near that. The window's session has no permissions and lets through only the report
// files being printed right now (and the data: URLs of the fonts inlined in them): no network, no
// other local file.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, session, type Session } from 'electron';
import { FONTS_READY_SCRIPT } from '../reports/pdf/printer';
import { isAppUrl } from '../shell-pure/urls';
import { writeFileAtomic } from '../../db/files/atomicWrite';

export const REPORT_PARTITION = 'ita-reports';

/** file: URLs of the report files being printed now (one per window; the session is shared). */
const allowed = new Set<string>();
const secured = new WeakSet<Session>();

/** Whether the report session lets a request through: the report file itself, or inline data. */
export function reportRequestAllowed(url: string): boolean {
  if (url.startsWith('data:')) return true;
  for (const file of allowed) if (isAppUrl(url, { indexUrl: file })) return true;
  return false;
}

function reportSession(): Session {
  const ses = session.fromPartition(REPORT_PARTITION);
  if (!secured.has(ses)) {
    secured.add(ses);
    ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) =>
      callback({ cancel: !reportRequestAllowed(details.url) }),
    );
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
  }
  return ses;
}

export function createReportWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      session: reportSession(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      javascript: true,
      // No middle-click new windows (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** A loaded report: call done() after printing, to remove its temp folder and close the gate. */
export interface LoadedReport {
  file: string;
  done(): void;
}

/** Writes the HTML to a private temp folder, loads it and waits for its fonts. */
export async function loadReportHtml(win: BrowserWindow, html: string): Promise<LoadedReport> {
  const dir = fs.mkdtempSync(path.join(app.getPath('temp'), 'ita-report-'));
  const file = path.join(dir, 'report.html');
  const url = pathToFileURL(file).href;
  const done = () => {
    allowed.delete(url);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // Whole or not at all (db/files/atomicWrite): a full disk must not print half a report.
    writeFileAtomic(file, Buffer.from(html, 'utf8'), { mode: 0o600 });
    allowed.add(url);
    await win.loadFile(file);
    await win.webContents.executeJavaScript(FONTS_READY_SCRIPT);
  } catch (e) {
    done();
    throw e;
  }
  return { file, done };
}
