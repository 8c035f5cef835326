// Report export: PDF through the injected printer (ctx.options.pdf), xlsx through the Excel builder.
// The data is read through the bound Api (the same loaders the Excel side uses: electron/reports/data.ts).
import { AppError } from '../../../core/errors';
import { getPlanSummary } from '../../../db/queries/structure';
import { listDivisions } from '../../../db/queries/settings';
import { exportReport, loadReportData } from '../../reports/export';
import { reportHtml } from '../../reports/html';
import type { Ctx } from '../context';
import type { Api, Handlers } from '../../../core/contract';

type ReportHandlers = Pick<Handlers, 'exportReport' | 'printReport'>;

export function reportHandlers(ctx: Ctx, api: () => Api): ReportHandlers {
  return {
    exportReport: async ({ outPath, ...request }) => {
      getPlanSummary(ctx.db, request.planId);
      if (request.divisionId !== undefined && !listDivisions(ctx.db).some((d) => d.id === request.divisionId)) {
        throw new AppError('notFound', 'ไม่พบฝ่ายที่ระบุ');
      }
      const result = await exportReport(api(), { ...request, outPath }, ctx.options.pdf);
      ctx.written.add(result.path);
      return result;
    },
    printReport: async (request) => {
      const print = ctx.options.desktop?.printHtml;
      if (!print) throw new AppError('unsupported', 'การพิมพ์ใช้ได้เฉพาะในโปรแกรมบนเครื่อง');
      getPlanSummary(ctx.db, request.planId);
      // The same HTML as the PDF: what is printed is what would be exported.
      const data = await loadReportData(api(), { ...request, format: 'pdf' });
      return { printed: await print(reportHtml(data)) };
    },
  };
}
