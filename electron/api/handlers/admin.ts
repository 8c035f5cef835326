import { listAudit } from '../../../db/queries/audit';
import { progress } from '../../../db/queries/progress';
import {
  deleteDivision,
  getDivision,
  getSettings,
  insertDivision,
  listDivisions,
  putSettings,
  renameDivision,
} from '../../../db/queries/settings';
import { schemaVersion } from '../../../db/open';
import type { Ctx } from '../context';
import type { Handlers } from '../../../core/contract';

type AdminHandlers = Pick<
  Handlers,
  | 'appInfo'
  | 'getSettings'
  | 'updateSettings'
  | 'listDivisions'
  | 'addDivision'
  | 'renameDivision'
  | 'removeDivision'
  | 'listAudit'
  | 'progress'
>;

export function adminHandlers(ctx: Ctx): AdminHandlers {
  const { db } = ctx;
  return {
    appInfo: () => ({
      version: ctx.options.appVersion ?? '0.0.0',
      schemaVersion: schemaVersion(db),
      dbPath: ctx.options.dbPath,
    }),
    getSettings: () => getSettings(db),
    updateSettings: (patch) => {
      const before = getSettings(db);
      putSettings(db, patch);
      const after = getSettings(db);
      ctx.changed({ entity: 'settings', id: null, before, after });
      return after;
    },
    listDivisions: () => listDivisions(db),
    addDivision: ({ name }) => {
      const d = insertDivision(db, name);
      ctx.changed({ entity: 'division', id: d.id, after: d });
      return d;
    },
    renameDivision: ({ divisionId, name }) => {
      const before = getDivision(db, divisionId);
      const after = renameDivision(db, divisionId, name);
      ctx.changed({ entity: 'division', id: divisionId, before, after });
      return after;
    },
    removeDivision: ({ divisionId }) => {
      const before = getDivision(db, divisionId);
      deleteDivision(db, divisionId);
      ctx.changed({ entity: 'division', id: divisionId, before });
      return { deleted: true as const };
    },
    listAudit: (filter) => listAudit(db, filter),
    progress: ({ planId, month, divisionId }) => progress(db, planId, month, divisionId),
  };
}
