// `npm run bench`: prints medians against the targets the issues set. Not part of `npm test`.
import { benchFoundation, report } from './foundation';
import { benchReports } from './reports';
import { benchUi } from './ui';
import { benchXlsx } from './xlsx';

async function main() {
  console.log('ITA Tracker — benchmark (medians)\n');
  let ok = report(await benchFoundation());
  console.log('');
  ok = report(await benchUi()) && ok;
  console.log('');
  const xlsx = await benchXlsx();
  ok = report(xlsx.results) && ok;
  console.log('');
  const pdf = await benchReports();
  ok = report(pdf) && ok;
  if (xlsx.libreOfficeMs !== null) {
    // The peer: LibreOffice turning the same plan's xlsx into PDF, measured above in this run.
    for (const r of pdf) {
      console.log(
        `  ${r.name}: LibreOffice xlsx → PDF ${xlsx.libreOfficeMs.toFixed(0)} ms = ${(xlsx.libreOfficeMs / r.median).toFixed(1)}× slower`,
      );
    }
  }
  if (!ok) process.exitCode = 1;
}

void main();
