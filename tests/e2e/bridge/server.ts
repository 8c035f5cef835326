// TEST-ONLY loopback bridge: serves the built renderer to a real Chromium and answers window.api
// calls with the real Node API over HTTP on 127.0.0.1. Never shipped (lives under tests/).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../db/open';
import { AppError, isAppError } from '../../../core/errors';
import type { Api } from '../../../core/contract';
import { createApi } from '../../../electron/api/createApi';
import { METHOD_NAMES } from '../../../core/methods';
import { REPO_ROOT } from '../../helpers/paths';
import { createChromiumPrinter } from '../../../electron/reports/pdf/chromiumPrinter';
import type { PdfPrinter } from '../../../electron/reports/pdf/printer';
import { browserBridgeSource, replacer, reviver } from './wire';

export const RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Bridge {
  url: string;
  api: Api;
  db: Db;
  /** Calls made through the bridge, newest last (method and milliseconds), for speed checks. */
  calls: { method: string; ms: number }[];
  /** What the page asked the desktop shell to open (files written for viewing, external links). */
  opened: { files: string[]; links: string[]; revealed: string[]; printed: string[] };
  /** Where the next "save dialog" answers (null = the user cancels); a temp folder by default. */
  savePaths: (string | null)[];
  /** Where the next "open file" dialog answers (null = the user cancels; none queued = cancel). */
  openPaths: (string | null)[];
  /**
   * What the desktop app's evidence dialog answers (a list of files, or null = cancel). None queued:
   * the dialog is not there (as in a browser), and the page uses its own file picker.
   */
  evidencePaths: (string[] | null)[];
  /** Where the next "choose a folder" dialog answers (null = cancel); the export temp folder by default. */
  folderPaths: (string | null)[];
  /** The folder exports go to when no path is queued. */
  saveDir: string;
  close(): Promise<void>;
}

export async function startBridge(dbPath: string, options: { actor?: string } = {}): Promise<Bridge> {
  const db = openDatabase(dbPath);
  const opened = { files: [] as string[], links: [] as string[], revealed: [] as string[], printed: [] as string[] };
  const savePaths: (string | null)[] = [];
  const openPaths: (string | null)[] = [];
  const evidencePaths: (string[] | null)[] = [];
  const folderPaths: (string | null)[] = [];
  const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bridge-export-'));
  let printer: PdfPrinter | null = null;
  const api = createApi(db, {
    dbPath,
    pdf: () => (printer ??= createChromiumPrinter()),
    actor: options.actor ?? 'ผู้ทดสอบ e2e',
    appVersion: '0.0.0-e2e',
    appRoot: REPO_ROOT,
    desktop: {
      openPath: async (file) => void opened.files.push(file),
      openExternal: async (url) => void opened.links.push(url),
      chooseSavePath: async (defaultName) =>
        savePaths.length > 0 ? savePaths.shift()! : path.join(saveDir, defaultName),
      showItemInFolder: async (file) => void opened.revealed.push(file),
      chooseOpenPath: async () => (openPaths.length > 0 ? openPaths.shift()! : null),
      chooseEvidencePaths: async () => {
        if (evidencePaths.length === 0) throw new AppError('unsupported', 'คำสั่งนี้ใช้ได้เฉพาะในโปรแกรมบนเครื่อง');
        return evidencePaths.shift()!;
      },
      chooseBackupSavePath: async (defaultName) =>
        savePaths.length > 0 ? savePaths.shift()! : path.join(saveDir, defaultName),
      chooseFolder: async () => (folderPaths.length > 0 ? folderPaths.shift()! : saveDir),
      printHtml: async (html) => {
        opened.printed.push(html);
        return true;
      },
    },
  });
  const calls: { method: string; ms: number }[] = [];
  const bridgeJs = browserBridgeSource(METHOD_NAMES);
  const names = new Set<string>(METHOD_NAMES);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname.startsWith('/__api/')) {
      const method = url.pathname.slice('/__api/'.length);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const started = performance.now();
        const send = (body: unknown) => {
          calls.push({ method, ms: performance.now() - started });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(body, replacer));
        };
        if (!names.has(method)) return send({ ok: false, error: { code: 'notFound', message: 'ไม่มีคำสั่งนี้' } });
        let input: unknown;
        try {
          input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}', reviver);
        } catch {
          return send({ ok: false, error: { code: 'invalidInput', message: 'ข้อมูลไม่ถูกต้อง' } });
        }
        (api as unknown as Record<string, (i: unknown) => Promise<unknown>>)[method]!(input).then(
          (value) => send({ ok: true, value }),
          (e: unknown) =>
            send({
              ok: false,
              error: isAppError(e)
                ? { code: e.code, message: e.message, details: e.details }
                : { code: 'internal', message: 'เกิดข้อผิดพลาดภายในโปรแกรม' },
            }),
        );
      });
      return;
    }
    if (url.pathname === '/__bridge.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']! });
      return res.end(bridgeJs);
    }
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(RENDERER_DIR, rel);
    if (!file.startsWith(RENDERER_DIR + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end('not found');
    }
    let body: Buffer | string = fs.readFileSync(file);
    if (rel === 'index.html') {
      // The bridge script runs before the app's module script (classic scripts first), same origin for the CSP.
      body = body.toString('utf8').replace('<head>', '<head><script src="/__bridge.js"></script>');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    api,
    db,
    calls,
    opened,
    savePaths,
    openPaths,
    evidencePaths,
    folderPaths,
    saveDir,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          void (printer?.close() ?? Promise.resolve()).then(() => resolve());
        });
      }),
  };
}
