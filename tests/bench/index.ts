// `npm run bench`: prints medians against the targets the issues set. Not part of `npm test`.
import { benchFoundation, report } from './foundation';

async function main() {
  console.log('ITA Tracker — benchmark (medians)\n');
  const ok = report(await benchFoundation());
  if (!ok) process.exitCode = 1;
}

void main();
