// Reads the CSV report of Doyensec's electronegativity (run by .ci/run over electron/) and fails on
// any HIGH or MEDIUM finding. A false positive is silenced where it occurs, with the tool's own
// `/* eng-disable CHECK_NAME */` comment on that line and a comment saying why (see electron/main).
// Usage: npx tsx tests/hostile/electronegativity-check.ts report.csv
import fs from 'node:fs';
import { parseCsv } from '../helpers/csv';

/** The report's rows, blank lines dropped. */
export function parseReport(text: string): string[][] {
  return parseCsv(text).filter((r) => r.some((c) => c.trim() !== ''));
}

export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

export function findings(csv: string): Finding[] {
  const [header, ...rows] = parseReport(csv);
  const cols = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => cols.indexOf(name);
  if (at('issue') < 0 || at('severity') < 0)
    throw new Error('not an electronegativity report (no issue/severity columns)');
  return rows.map((r) => ({
    issue: r[at('issue')]?.trim() ?? '',
    severity: (r[at('severity')] ?? '').trim().toUpperCase(),
    confidence: r[at('confidence')]?.trim() ?? '',
    file: r[at('filename')]?.trim() ?? '',
    location: r[at('location')]?.trim() ?? '',
    description: r[at('description')]?.trim() ?? '',
  }));
}

function main(file: string | undefined): number {
  if (!file || !fs.existsSync(file)) {
    console.error(`electronegativity: ไม่พบรายงาน ${file ?? '(ไม่ได้ระบุไฟล์)'} — เครื่องมือทำงานไม่สำเร็จ`);
    return 1;
  }
  const all = findings(fs.readFileSync(file, 'utf8'));
  const bad = all.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  for (const f of all) {
    console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.file}:${f.location} (${f.confidence}) ${f.description}`);
  }
  console.log(`electronegativity: ${all.length} findings, ${bad.length} HIGH/MEDIUM`);
  if (bad.length > 0) {
    console.error('electronegativity: พบจุดเสี่ยงระดับ HIGH/MEDIUM — แก้ไข หรือหากเป็นผลบวกลวง ให้ใส่ eng-disable พร้อมเหตุผล');
    return 1;
  }
  return 0;
}

if (process.argv[1] && /electronegativity-check\.ts$/.test(process.argv[1])) process.exit(main(process.argv[2]));
