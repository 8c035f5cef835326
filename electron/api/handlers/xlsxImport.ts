// Excel round trips: the plan's xlsx (planXlsx.ts) and the division forms (divisionForms.ts).
import type { Ctx } from '../context';
import type { Handlers } from '../../../core/contract';
import { divisionFormHandlers } from './divisionForms';
import { planXlsxHandlers } from './planXlsx';

type XlsxHandlers = Pick<
  Handlers,
  'previewPlanXlsx' | 'applyPlanXlsx' | 'exportDivisionForm' | 'previewDivisionForms' | 'importDivisionForms'
>;

export function xlsxImportHandlers(ctx: Ctx): XlsxHandlers {
  return { ...planXlsxHandlers(ctx), ...divisionFormHandlers(ctx) };
}
