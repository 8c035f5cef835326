// The main window: secure options (security.ts), remembered size/position/maximised state, and the
// page. Window state lives in `<data folder>/window-state.json`.
import fs from 'node:fs';
import { BrowserWindow, screen } from 'electron';
import { parseWindowState, placeWindow, type WindowState } from '../shell-pure/windowState';
import { mainLog } from './log';
import { secureWindowOptions } from './security';
import { writeFileAtomic } from '../../db/files/atomicWrite';

export interface MainWindowOptions {
  preload: string;
  indexFile: string;
  devServerUrl?: string | undefined;
  stateFile: string;
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Saves where the window is (its normal bounds when maximised, so un-maximising restores them). */
export function saveWindowState(win: BrowserWindow, stateFile: string): void {
  if (win.isDestroyed()) return;
  const maximized = win.isMaximized();
  const state: WindowState = { bounds: maximized ? win.getNormalBounds() : win.getBounds(), maximized };
  try {
    writeFileAtomic(stateFile, Buffer.from(JSON.stringify(state)));
  } catch (e) {
    mainLog.error('saving the window state failed', e);
  }
}

export function createMainWindow(o: MainWindowOptions): BrowserWindow {
  const place = placeWindow(
    parseWindowState(readText(o.stateFile)),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  // The options come from secureWindowOptions (security.ts: contextIsolation, sandbox, no Auxclick),
  // which the scanner cannot follow; tests/electron/security.test.ts checks them.
  // prettier-ignore
  const win = new BrowserWindow(secureWindowOptions(o.preload, place.bounds)); /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => saveWindowState(win, o.stateFile));
  if (o.devServerUrl) void win.loadURL(o.devServerUrl);
  else void win.loadFile(o.indexFile);
  return win;
}
