// Builds the renderer when its sources are newer than the build, so the UI tests always drive the
// current code. Only the tests that open a browser call it (not the whole suite), and a lock keeps
// two test files from building into out/ at once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

function newest(dir: string): number {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function isFresh(): boolean {
  const built = path.join(REPO_ROOT, 'out', 'renderer', 'index.html');
  if (!fs.existsSync(built)) return false;
  const sources = Math.max(
    newest(path.join(REPO_ROOT, 'renderer')),
    newest(path.join(REPO_ROOT, 'core')),
    fs.statSync(path.join(REPO_ROOT, 'electron.vite.config.ts')).mtimeMs,
  );
  return fs.statSync(built).mtimeMs >= sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function ensureRendererBuilt(): void {
  if (isFresh()) return;
  const lock = path.join(REPO_ROOT, 'out', '.build-lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than 3 minutes was left by a killed run.
      if (Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 180_000)
        fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for the renderer build');
      sleep(250);
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      {
        cwd: REPO_ROOT,
        stdio: 'inherit',
      },
    );
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
