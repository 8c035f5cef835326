// The API implementation: plain Node, no Electron. The IPC shell, the CLI, tests and benchmarks
// all call the object this returns.
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { DEFAULT_DIVISIONS } from '../../db/import/divisions';
import type { Db } from '../../db/open';
import { ensureDefaultDivisions } from '../../db/queries/settings';
import { createContext, type ApiOptions } from './context';
import { contract, type Api, type Handlers, type MethodName } from '../../core/contract';
import { fromZod, toAppError } from './errors';
import { applyWritePolicy, type Run } from './writePolicy';
import { adminHandlers } from './handlers/admin';
import { backupHandlers } from './handlers/backup';
import { desktopHandlers } from './handlers/desktop';
import { followUpHandlers } from './handlers/followUps';
import { historyHandlers } from './handlers/history';
import { importHandlers } from './handlers/importPlan';
import { planHandlers } from './handlers/plans';
import { planStructureHandlers } from './handlers/planStructure';
import { reportHandlers } from './handlers/reports';
import { structureHandlers } from './handlers/structure';
import { xlsxImportHandlers } from './handlers/xlsxImport';

export type { ApiOptions, DesktopHooks } from './context';

z.config(z.locales.th());

/** Wraps each handler: validate with the contract's schema, run, turn any failure into an AppError. */
export function bindContract(handlers: Handlers): Api {
  const api: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of Object.keys(contract) as MethodName[]) {
    const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
    if (typeof handler !== 'function') throw new Error(`API method "${name}" has no handler`);
    const schema = contract[name].input as z.ZodType;
    api[name] = async (input: unknown) => {
      const parsed = schema.safeParse(input ?? {});
      if (!parsed.success) throw fromZod(parsed.error);
      try {
        return await handler(parsed.data);
      } catch (e) {
        throw toAppError(e);
      }
    };
  }
  return api as Api;
}

export function createApi(db: Db, options: ApiOptions): Api {
  const ctx = createContext(db, options);
  // eslint-disable-next-line prefer-const -- assigned once the handlers are bound, below
  let self: Api;
  // A read-only connection (CLI read commands) never writes, not even the default divisions.
  if (!db.readonly) ctx.tx(() => ensureDefaultDivisions(db, DEFAULT_DIVISIONS));
  const parts = [
    planHandlers(ctx),
    importHandlers(ctx),
    structureHandlers(ctx),
    planStructureHandlers(ctx),
    followUpHandlers(ctx),
    historyHandlers(ctx),
    adminHandlers(ctx),
    desktopHandlers(ctx),
    // Reports read their data through the bound API itself (validated, like every caller).
    reportHandlers(ctx, () => self),
    xlsxImportHandlers(ctx),
    backupHandlers(ctx),
  ];
  const handlers: Partial<Handlers> = {};
  for (const part of parts) {
    for (const [name, fn] of Object.entries(part)) {
      // Two parts claiming one name would silently shadow each other.
      if (name in handlers) throw new AppError('internal', `API method "${name}" is defined twice`);
      (handlers as Record<string, unknown>)[name] = applyWritePolicy(db, name as MethodName, fn as Run);
    }
  }
  self = bindContract(handlers as Handlers);
  return self;
}
