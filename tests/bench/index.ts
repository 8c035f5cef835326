// `npm run bench [-- --json FILE] [-- --only db,ui,xlsx,pdf,cli,annual]`: every figure against the
// product's goal, medians of several samples. Not part of `npm test` (timings there would flake on
// a shared machine); stats.test.ts checks the helpers that make the table and the JSON.
// Each part runs in a Node process of its own: a part's memory and timings must not carry what an
// earlier part left (the db part's heap raised the annual report's Node peak from 347 to 528 MiB).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchAnnual } from './annual';
import { benchCli } from './cli';
import { benchFoundation } from './foundation';
import { benchReports } from './reports';
import { formatTable, meets, writeBenchJson, type Figure } from './stats';
import { benchUi } from './ui';
import { benchXlsx } from './xlsx';

const PARTS: Record<string, () => Promise<Figure[]>> = {
  db: () => benchFoundation(),
  xlsx: () => benchXlsx(),
  pdf: () => benchReports(),
  cli: () => benchCli(),
  annual: () => benchAnnual(),
  ui: () => benchUi(),
};

async function main() {
  const { values } = parseArgs({
    options: { json: { type: 'string' }, only: { type: 'string' }, 'part-out': { type: 'string' } },
    allowPositionals: false,
  });
  const names = values.only ? values.only.split(',') : Object.keys(PARTS);
  const unknown = names.filter((n) => !(n in PARTS));
  if (unknown.length)
    throw new Error(`unknown bench part(s): ${unknown.join(', ')}; known: ${Object.keys(PARTS).join(', ')}`);
  console.log(
    `ITA Tracker — benchmark (medians), ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  if (values['part-out'] && names.length === 1) {
    // A child run for one part (below): its figures go back to the parent as JSON.
    fs.writeFileSync(values['part-out'], JSON.stringify(await runPart(names[0]!)));
    return;
  }
  const figures: Figure[] = [];
  for (const name of names) figures.push(...(names.length === 1 ? await runPart(name) : partInOwnProcess(name)));
  const keyed = figures.filter((f) => f.key);
  console.log('— summary (the JSON figures)');
  console.log(formatTable(keyed));
  if (values.json) {
    writeBenchJson(values.json, figures);
    console.log(`\nเขียน ${values.json} แล้ว`);
  }
  if (figures.some((f) => meets(f) === false)) process.exitCode = 1;
}

async function runPart(name: string): Promise<Figure[]> {
  const t = performance.now();
  const part = await PARTS[name]!();
  console.log(`— ${name} (${((performance.now() - t) / 1000).toFixed(0)} s, load ${os.loadavg()[0]!.toFixed(1)})`);
  console.log(formatTable(part) + '\n');
  return part;
}

/** The part run by this same script in a new Node process (with tsx's loader, as this one). */
function partInOwnProcess(name: string): Figure[] {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-part-')), 'figures.json');
  try {
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--only', name, '--part-out', out], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`bench part ${name} failed (exit ${r.status})`);
    return JSON.parse(fs.readFileSync(out, 'utf8')) as Figure[];
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
