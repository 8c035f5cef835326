// The CLI's printer (Chromium over the DevTools pipe): prints real PDFs, reuses one browser, cleans
// up its profile and process on close, and recovers from a browser that died or never started.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipePrinter } from '../../electron/reports/pdf/pipePrinter';
import { defaultProfileParent } from '../../electron/reports/pdf/pipeTab';
import { countPdfPages, type PdfPrinter } from '../../electron/reports/pdf/printer';
import { tmpDir } from '../helpers/tmp';

const page = (text: string, pages = 1) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>@page { size: A4 landscape; margin: 10mm }
   p { break-after: page }</style></head><body>${Array.from({ length: pages }, (_, i) => `<p>${text} ${i + 1}</p>`).join('')}</body></html>`;

function textOf(pdf: Uint8Array): string {
  const file = path.join(tmpDir(), 'out.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** The profile folders in this test's own temp parent (the shared /tmp has other runs' folders). */
const profilesIn = (parent: string) => new Set(fs.readdirSync(parent).filter((n) => n.startsWith('ita-chromium-')));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pid of the browser this printer started: the one Chromium child of this process with our profile. */
function browserPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        const cmd = fs.readFileSync(`/proc/${n}/cmdline`, 'utf8');
        const stat = fs.readFileSync(`/proc/${n}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && cmd.includes('--remote-debugging-pipe');
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('pipe printer (Chromium over --remote-debugging-pipe)', () => {
  it('prints pages with the CSS page size, reuses its browser, and leaves nothing behind on close', async () => {
    const parent = tmpDir();
    const printer = createPipePrinter({ tempParent: parent });
    const a = await printer.print(page('สวัสดีครับ หน้า', 3));
    expect(countPdfPages(a)).toBe(3);
    expect(textOf(a)).toContain('สวัสดีครับ หน้า 3');
    const [pid] = browserPids();
    expect(pid).toBeDefined();
    expect(profilesIn(parent).size).toBe(1); // its profile is made where it was told
    const b = await printer.print(page('รายงานที่สอง'));
    expect(countPdfPages(b)).toBe(1);
    expect(browserPids()).toEqual([pid]); // the same browser printed both
    await printer.close();
    expect(alive(pid!)).toBe(false);
    expect(profilesIn(parent).size).toBe(0);
    await expect(printer.print(page('หลังปิด'))).rejects.toThrow(/closed/);
  });

  it("runs no renderer but the page's: no browser UI page (such as the omnibox's AI-mode popup) loads", async () => {
    const printer = createPipePrinter({ tempParent: tmpDir(), lanes: 1 });
    try {
      await printer.print(page('หน้าเดียว'));
      const [pid] = browserPids();
      // Chromium 156 loads chrome://omnibox-popup.top-chrome/… in a second renderer unless told not to.
      expect(renderersOf(pid!)).toHaveLength(1);
    } finally {
      await printer.close();
    }
  });

  it('close kills the browser with every process it started: none is left when close resolves', async () => {
    const parent = tmpDir();
    const printer = createPipePrinter({ tempParent: parent });
    await printer.print(page('ปิดทั้งกลุ่ม'));
    const [pid] = browserPids();
    const tree = [pid!, ...descendantsOf(pid!)];
    expect(tree.length).toBeGreaterThan(2); // browser, zygote, renderer, utilities…
    // One process group, led by the browser and not ours: a kill of the group reaches them all.
    expect(new Set(tree.map(groupOf))).toEqual(new Set([pid]));
    expect(groupOf(process.pid)).not.toBe(pid);
    await printer.close();
    expect(tree.filter(running)).toEqual([]);
    expect(profilesIn(parent).size).toBe(0);
  });

  it('makes its profile in RAM (/dev/shm) by default, in the folder TMPDIR names when set', () => {
    const was = process.env.TMPDIR;
    try {
      delete process.env.TMPDIR;
      expect(defaultProfileParent()).toBe(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
      process.env.TMPDIR = tmpDir();
      expect(defaultProfileParent()).toBe(process.env.TMPDIR);
    } finally {
      if (was === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = was;
    }
  });

  it('a browser that died is replaced on the next print; one that cannot start is an error', async () => {
    const parent = tmpDir();
    const printer = createPipePrinter({ tempParent: parent });
    try {
      await printer.print(page('ก่อน'));
      const [pid] = browserPids();
      process.kill(pid!, 'SIGKILL');
      await expect.poll(() => alive(pid!)).toBe(false);
      await expect(printer.print(page('ระหว่าง'))).rejects.toThrow(/Chromium ended/);
      const after = await printer.print(page('หลังเริ่มใหม่'));
      expect(textOf(after)).toContain('หลังเริ่มใหม่');
      expect(browserPids()).not.toContain(pid);
    } finally {
      await printer.close();
    }
    expect(profilesIn(parent).size).toBe(0);
    const missing = createPipePrinter({ executablePath: '/nonexistent/chromium', tempParent: parent });
    await expect(missing.print(page('ไม่มีเบราว์เซอร์'))).rejects.toThrow(/could not start|ended/);
    await missing.close();
    expect(profilesIn(parent).size).toBe(0);
  });

  it('renewPage: the next document loads in a new page, its renderer a new process, in the same browser', async () => {
    const printer = createPipePrinter({ tempParent: tmpDir(), lanes: 1 });
    try {
      expect(textOf(await printer.print(page('ส่วนที่หนึ่ง')))).toContain('ส่วนที่หนึ่ง');
      const [pid] = browserPids();
      // The page's renderer: the one that works when the page does (Chromium may keep a spare one besides).
      const before = await rendererOf(printer, pid!, 0);
      await printer.renewPage!();
      expect(textOf(await printer.print(page('ส่วนที่สอง', 2)))).toContain('ส่วนที่สอง 2');
      expect(browserPids()).toEqual([pid]);
      // The old page's renderer is gone (it may take a moment to exit); the new page works in another.
      // On a loaded machine the exit can take seconds: wait by condition, with room.
      await expect.poll(() => alive(before), { timeout: 20_000 }).toBe(false);
      const after = await rendererOf(printer, pid!, 0);
      expect(after).not.toBe(before);
      expect(renderersOf(pid!)).toContain(after);
    } finally {
      await printer.close();
    }
  });
});

/** A process's parent (field 4 of /proc/<pid>/stat). */
const parentOf = (pid: number | string) => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
};

/** Every process under `root` (children, their children…). */
function descendantsOf(root: number): number[] {
  const under = (n: string): boolean => {
    for (let p = parentOf(n); p > 1; p = parentOf(p)) if (p === root) return true;
    return false;
  };
  return fs
    .readdirSync('/proc')
    .filter((n) => {
      try {
        return /^\d+$/.test(n) && under(n);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Still running: neither gone nor ended and waiting to be reaped (a zombie, state Z). */
const running = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

/** A process's group id (field 5 of /proc/<pid>/stat). */
function groupOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

describe('pipe printer with two lanes', () => {
  it('lays out in two renderers at the same time in one browser; renewPage of a lane renews only its renderer', async () => {
    const parent = tmpDir();
    const printer = createPipePrinter({ tempParent: parent, lanes: 2 });
    try {
      const [a, b] = await Promise.all([printer.print(page('ช่องที่หนึ่ง')), printer.print(page('ช่องที่สอง', 2))]);
      expect(textOf(a)).toContain('ช่องที่หนึ่ง 1');
      expect(textOf(b)).toContain('ช่องที่สอง 2');
      const [pid] = browserPids();
      expect(browserPids()).toEqual([pid]); // one browser for both lanes
      expect(renderersOf(pid!)).toHaveLength(2); // and a renderer for each, no other
      // Each lane's page works in a renderer of its own, and the two work at the same time.
      const r0 = await rendererOf(printer, pid!, 0);
      const r1 = await rendererOf(printer, pid!, 1);
      expect(r0).not.toBe(r1);
      await workAtOnce(printer, [0, 1], [r0, r1]);

      // A new page for lane 1 only: its renderer goes, lane 0 still works in its own.
      await printer.lane!(1).renewPage!();
      expect(textOf(await printer.lane!(1).print(page('หลังหน้าใหม่')))).toContain('หลังหน้าใหม่');
      await expect.poll(() => alive(r1), { timeout: 20_000 }).toBe(false);
      expect(await rendererOf(printer, pid!, 0)).toBe(r0);
      await printer.close();
      expect(alive(pid!)).toBe(false);
      expect(profilesIn(parent).size).toBe(0);
    } finally {
      await printer.close();
    }
  });
});

const WORK =
  'new Promise((done) => { let x = 0; for (let i = 0; i < 6e8; i++) x += i % 7; done(x > 0 ? "spun" : ""); })';

/** A lane as a printer of its own (a one-lane printer is its own lane). */
const laneOf = (printer: PdfPrinter, k: number) => ((printer.lanes ?? 1) > 1 ? printer.lane!(k) : printer);

/**
 * The renderer a lane's page works in: the one (of those there already) that used the most CPU
 * while the lane alone ran a CPU-bound script (Chromium may keep a spare renderer besides).
 */
async function rendererOf(printer: PdfPrinter, browser: number, lane: number): Promise<number> {
  const cpu0 = new Map(renderersOf(browser).map((r) => [r, cpuMs(r)]));
  expect(await laneOf(printer, lane).evaluate(page('ทำงาน'), WORK)).toBe('spun');
  const gains = [...cpu0].map(([r, c]) => [r, cpuMs(r) - c] as const).sort((x, y) => y[1] - x[1]);
  expect(gains[0]![1]).toBeGreaterThan(200);
  return gains[0]![0];
}

/**
 * Runs the script on these lanes at once and waits until each lane's renderer has used ≥ 150 ms of
 * CPU before any lane has finished: they work at the same time (lanes sharing a renderer, or queued
 * one after another, never get there).
 */
async function workAtOnce(printer: PdfPrinter, lanes: number[], renderers: number[]): Promise<void> {
  const cpu0 = renderers.map(cpuMs);
  let finished = 0;
  const working = lanes.map((k) =>
    laneOf(printer, k)
      .evaluate(page('ทำงาน'), WORK)
      .finally(() => finished++),
  );
  await expect
    .poll(
      () =>
        finished > 0
          ? 'a lane finished before the others had worked'
          : renderers.filter((r, i) => cpuMs(r) - cpu0[i]! >= 150).length,
      { timeout: 60_000, interval: 20 },
    )
    .toBe(renderers.length);
  expect(await Promise.all(working)).toEqual(lanes.map(() => 'spun'));
}

/** CPU milliseconds a process has used so far (utime + stime, in USER_HZ = 1/100 s); 0 once it is gone. */
function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}

/** The renderer processes under a browser (through its zygote). */
function renderersOf(browser: number): number[] {
  const under = (n: string): boolean => {
    for (let p = Number(n); p > 1; p = parentOf(p)) if (p === browser) return true;
    return false;
  };
  return fs
    .readdirSync('/proc')
    .filter((n) => {
      try {
        return /^\d+$/.test(n) && fs.readFileSync(`/proc/${n}/cmdline`, 'utf8').includes('--type=renderer') && under(n);
      } catch {
        return false;
      }
    })
    .map(Number);
}
