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
  ok = report(await benchXlsx()) && ok;
  console.log('');
  ok = report(await benchReports()) && ok;
  if (!ok) process.exitCode = 1;
}

void main();
