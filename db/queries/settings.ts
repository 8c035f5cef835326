import type { Division, Settings } from '../../core/types';
import { AppError } from '../../core/errors';
import type { Db } from '../open';
import { sql } from '../sql';
import { REPORT_PAGE_DEFAULTS as PAGE } from '../../core/limits';
import { all, get, run } from './run';
import { REPORT_TERMS, WORDS, NOT_FOUND, RECORD_MESSAGES, TAKEN_MESSAGES } from '../../core/terms';

export const DEFAULT_SETTINGS: Settings = {
  office: WORDS.districtOffice,
  directorTitle: REPORT_TERMS.director,
  directorName: '',
  headOfGovernance: '',
  reporterName: '',
  reporterTitle: '',
  headTitle: '',
  numerals: 'thai',
  reportFont: 'TH SarabunPSK',
  reportTextPt: PAGE.textPt,
  reportTablePt: PAGE.tablePt,
  reportMarginMm: PAGE.marginMm,
  reportBindingMm: PAGE.bindingMm,
  pageNumbers: 'fraction',
};

export function getSettings(db: Db): Settings {
  const rows = all<{ key: string; value: string }>(db, sql`SELECT key, value FROM setting`);
  const stored: Record<string, unknown> = {};
  for (const r of rows) stored[r.key] = JSON.parse(r.value) as unknown;
  const out = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (typeof stored[key] === typeof DEFAULT_SETTINGS[key]) (out as Record<string, unknown>)[key] = stored[key];
  }
  return out;
}

export function putSettings(db: Db, patch: Partial<Settings>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    run(
      db,
      sql`INSERT INTO setting (key, value) VALUES (${key}, ${JSON.stringify(value)})
          ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    );
  }
}

interface DivisionRow {
  id: number;
  name: string;
  position: number;
  is_standard: number;
}
const toDivision = (r: DivisionRow): Division => ({
  id: r.id,
  name: r.name,
  position: r.position,
  isStandard: r.is_standard === 1,
});

export function listDivisions(db: Db): Division[] {
  return all<DivisionRow>(db, sql`SELECT * FROM division ORDER BY position, id`).map(toDivision);
}

export function getDivision(db: Db, id: number): Division {
  const r = get<DivisionRow>(db, sql`SELECT * FROM division WHERE id = ${id}`);
  if (!r) throw new AppError('notFound', NOT_FOUND.division);
  return toDivision(r);
}

export function findDivisionByName(db: Db, name: string): Division | undefined {
  const r = get<DivisionRow>(db, sql`SELECT * FROM division WHERE name = ${name}`);
  return r && toDivision(r);
}

const divisionExists = TAKEN_MESSAGES.division;

export function insertDivision(db: Db, name: string, isStandard = false): Division {
  if (findDivisionByName(db, name)) throw new AppError('conflict', divisionExists(name));
  const pos = get<{ p: number }>(db, sql`SELECT coalesce(max(position), 0) + 1 AS p FROM division`)!.p;
  const r = run(
    db,
    sql`INSERT INTO division (name, position, is_standard) VALUES (${name}, ${pos}, ${isStandard ? 1 : 0})`,
  );
  return getDivision(db, Number(r.lastInsertRowid));
}

export function renameDivision(db: Db, id: number, name: string): Division {
  const existing = findDivisionByName(db, name);
  if (existing && existing.id !== id) throw new AppError('conflict', divisionExists(name));
  getDivision(db, id);
  run(db, sql`UPDATE division SET name = ${name} WHERE id = ${id}`);
  return getDivision(db, id);
}

export function deleteDivision(db: Db, id: number): void {
  const d = getDivision(db, id);
  const used = get<{ n: number }>(db, sql`SELECT count(*) AS n FROM activity_division WHERE division_id = ${id}`)!.n;
  if (used > 0) {
    throw new AppError('conflict', RECORD_MESSAGES.divisionInUse(d.name, used));
  }
  run(db, sql`DELETE FROM division WHERE id = ${id}`);
}

/** First run: the 10 divisions of a Bangkok district office. */
export function ensureDefaultDivisions(db: Db, names: readonly string[]): void {
  const n = get<{ n: number }>(db, sql`SELECT count(*) AS n FROM division`)!.n;
  if (n > 0) return;
  names.forEach((name) => insertDivision(db, name, true));
}
