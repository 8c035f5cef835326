// `npm run bench [-- --json FILE] [-- --only db,ui,xlsx,pdf,cli,annual]`: every figure against the
// product's goal, medians of several samples. Not part of `npm test` (timings there would flake on
// a shared machine); stats.test.ts checks the helpers that make the table and the JSON.
import os from 'node:os';
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
    options: { json: { type: 'string' }, only: { type: 'string' } },
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
  const figures: Figure[] = [];
  for (const name of names) {
    const t = performance.now();
    const part = await PARTS[name]!();
    console.log(`— ${name} (${((performance.now() - t) / 1000).toFixed(0)} s, load ${os.loadavg()[0]!.toFixed(1)})`);
    console.log(formatTable(part) + '\n');
    figures.push(...part);
  }
  const keyed = figures.filter((f) => f.key);
  console.log('— summary (the JSON figures)');
  console.log(formatTable(keyed));
  if (values.json) {
    writeBenchJson(values.json, figures);
    console.log(`\nเขียน ${values.json} แล้ว`);
  }
  if (figures.some((f) => meets(f) === false)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
