import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const dirs: string[] = [];

/** A fresh folder per test, removed afterwards: every test works on its own real SQLite file. */
export function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-test-'));
  dirs.push(dir);
  return dir;
}

export function tmpDbPath(): string {
  return path.join(tmpDir(), 'ita.sqlite');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export { REPO_ROOT, SAMPLE_FILE, sampleText } from './paths';
