// The peer the reports are compared with: LibreOffice converting the same plan's xlsx to PDF,
// warm (one long-lived soffice over UNO, libreoffice-warm.py) and as a whole process (soffice
// --convert-to, as a user's script would run it, with an already created profile).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { runTimed } from './cpu';

/** Debian's python3 carries the UNO bridge (python3-uno); a pyenv python on PATH does not. */
const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import uno']).status === 0);

export const hasLibreOffice = () => spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

export interface WarmOffice {
  /** Converts src to the PDF dst; returns LibreOffice's own milliseconds (load, export, close). */
  convert(src: string, dst: string): Promise<number>;
  close(): Promise<void>;
}

export async function startWarmOffice(dir: string): Promise<WarmOffice | null> {
  if (!PYTHON || !hasLibreOffice()) return null;
  const profile = `file://${path.join(dir, 'lo-warm-profile')}`;
  const child = spawn(
    PYTHON,
    [path.join(__dirname, 'libreoffice-warm.py'), profile, `ita-bench-${process.pid}-${Date.now()}`],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: { resolve(line: string): void; reject(e: Error): void }[] = [];
  lines.on('line', (l) => waiting.shift()?.resolve(l));
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`LibreOffice (UNO) ended with ${code}`));
  });
  const next = () => new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
  if ((await next()) !== 'ready') return null;
  return {
    async convert(src, dst) {
      child.stdin.write(`${src}\t${dst}\n`);
      const ms = Number(await next());
      if (!Number.isFinite(ms) || !fs.existsSync(dst)) throw new Error(`LibreOffice did not write ${dst}`);
      return ms;
    },
    async close() {
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await done;
    },
  };
}

/**
 * One `soffice --headless --convert-to pdf` process from start to exit; returns its wall
 * milliseconds (and adds its CPU milliseconds, when known, to `cpu`).
 */
export function convertAsProcess(src: string, outDir: string, profileDir: string, cpu: number[] = []): number {
  const r = runTimed(
    'soffice',
    [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, src],
    { stdio: 'ignore', timeout: 120_000 },
  );
  if (r.cpuMs !== null) cpu.push(r.cpuMs);
  const { ms } = r;
  const pdf = path.join(outDir, path.basename(src).replace(/\.xlsx$/, '.pdf'));
  if (r.status !== 0 || !fs.existsSync(pdf)) throw new Error(`soffice failed on ${src}`);
  fs.rmSync(pdf);
  return ms;
}
