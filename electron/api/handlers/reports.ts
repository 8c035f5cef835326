// Report export: PDF through the injected printer (ctx.options.pdf), xlsx through the Excel builder.
// The data is read through the bound Api (the same loaders the Excel side uses: electron/reports/data.ts).
import { AppError } from '../../../core/errors';
import { getPlanSummary } from '../../../db/queries/structure';
import { listDivisions } from '../../../db/queries/settings';
import { exportReport, loadReportData, pdfDocOf } from '../../reports/export';
import { reportHtml } from '../../reports/html';
import { paginatedHtml } from '../../reports/pdf/render';
import type { Ctx } from '../context';
import type { Api, Handlers } from '../../../core/contract';
import { NOT_FOUND, DESKTOP_API_WORDS } from '../../../core/terms';

type ReportHandlers = Pick<Handlers, 'exportReport' | 'exportProgress' | 'printReport'>;

export function reportHandlers(ctx: Ctx, api: () => Api): ReportHandlers {
  return {
    exportReport: async ({ outPath, ...request }) => {
      getPlanSummary(ctx.db, request.planId);
      if (request.divisionId !== undefined && !listDivisions(ctx.db).some((d) => d.id === request.divisionId)) {
        throw new AppError('notFound', NOT_FOUND.division);
      }
      ctx.progress = null;
      try {
        const result = await exportReport(api(), { ...request, outPath }, ctx.options.pdf, (p) => (ctx.progress = p));
        ctx.written.add(result.path);
        return result;
      } finally {
        ctx.progress = null;
      }
    },
    exportProgress: async () => ctx.progress,
    printReport: async (request) => {
      const print = ctx.options.desktop?.printHtml;
      if (!print) throw new AppError('unsupported', DESKTOP_API_WORDS.printDesktopOnly);
      getPlanSummary(ctx.db, request.planId);
      // The same pages as the PDF: what is printed is what would be exported (laid out by the PDF
      // printer's Chromium; without one, the report flows onto pages as Chromium breaks them).
      const data = await loadReportData(api(), { ...request, format: 'pdf' });
      const pdf = ctx.options.pdf;
      if (!pdf) return { printed: await print(reportHtml(data)) };
      const { doc, setup } = pdfDocOf(data);
      return { printed: await print(await paginatedHtml(doc, setup, pdf())) };
    },
  };
}
