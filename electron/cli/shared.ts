// What every CLI command shares: the I/O it is given, argument helpers, finding a plan by year.
import { AppError } from '../../core/errors';
import type { Api } from '../../core/contract';
import type { PlanSummary } from '../../core/types';
import { FIELD_NAMES, CLI_ARGS_WORDS, CLI_WORDS } from '../../core/terms';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The app's root folder (holds db/import/sample). */
  appRoot: string;
  /** Asks a yes/no question; resolves to the answer line, or null at end of input. Default: stdin. */
  ask?: (question: string) => Promise<string | null>;
}

export class UsageError extends Error {}

export type Values = Record<string, string | boolean | undefined>;
export interface Args {
  values: Values;
  rest: string[];
}
export type Command = (api: Api, args: Args, io: CliIo) => Promise<void>;

export const str = (v: Values, key: string): string | undefined =>
  typeof v[key] === 'string' ? (v[key] as string) : undefined;

export function need(v: Values, key: string): string {
  const s = str(v, key);
  if (s === undefined) throw new UsageError(CLI_ARGS_WORDS.needOption(key));
  return s;
}

export function int(s: string, label: string): number {
  if (!/^\d+$/.test(s.trim())) throw new UsageError(CLI_WORDS.notNumber(label, s));
  return Number(s);
}

export function num(s: string, label: string): number {
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n)) throw new UsageError(CLI_WORDS.notNumber(label, s));
  return n;
}

export async function planOf(api: Api, v: Values, yearText?: string): Promise<PlanSummary> {
  const fiscalYear = int(yearText ?? need(v, 'year'), FIELD_NAMES.fiscalYear);
  const plan = await api.findPlan({ fiscalYear, office: str(v, 'office') });
  if (!plan) throw new AppError('notFound', CLI_ARGS_WORDS.noPlan(fiscalYear));
  return plan;
}

export const print = (io: CliIo, value: unknown) => io.out(JSON.stringify(value, null, 2));
