// A report as HTML. The PDF is printed from paginated sheets (pdf/render.ts); reportHtml gives the
// same atoms flowing without pages: what the report says, for the pure tests and previews.
import { reportDoc, type ReportData } from '../docs';
import { DEFAULT_SETTINGS } from '../../../db/queries/settings';
import { cell, column, type ReportDoc } from '../rows';
import { flatten } from './atoms';
import { flowHtml } from './document';
import { pageSetup } from './page';
import type { Settings } from '../../../core/types';
import { PLAN_COLUMNS, PLAN_TITLE, REPORT_TERMS } from '../../../core/terms';

export type { ReportData };

export function docHtml(doc: ReportDoc, settings: Settings): string {
  return flowHtml(doc.title, pageSetup(settings, doc.orientation), flatten(doc));
}

export function reportHtml(r: ReportData): string {
  return docHtml(reportDoc(r), r.data.settings);
}

/**
 * What a report window prints once at start (then thrown away): a page like the reports' — their
 * fonts, regular and bold Thai text, a ruled table — so the renderer, the fonts and Chromium's
 * print service are ready before the first real export.
 */
export function warmUpHtml(): string {
  const doc: ReportDoc = {
    title: 'ITA Tracker',
    heading: [PLAN_TITLE],
    sheet: '',
    footer: '',
    meta: {},
    blocks: [
      {
        kind: 'table',
        id: 'warm-up',
        columns: [column(PLAN_COLUMNS[0]!, 30, 10), column(REPORT_TERMS.activity, 70, 30)],
        rows: [{ kind: 'row', code: 'O1', cells: [cell('O1', { code: 'O1' }), cell('ประชุมชี้แจงเจ้าหน้าที่ ๑ ครั้ง')] }],
      },
    ],
  };
  return docHtml(doc, DEFAULT_SETTINGS);
}
