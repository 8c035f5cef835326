// A report as HTML. The PDF is printed from paginated sheets (pdf/render.ts); reportHtml gives the
// same atoms flowing without pages: what the report says, for the pure tests and previews.
import { reportDoc, type ReportData } from '../docs';
import { cell, type ReportDoc } from '../rows';
import { PLAN_TABLE_COLUMNS } from '../rows/plan';
import { flatten } from './atoms';
import { flowHtml } from './document';
import { pageSetup } from './page';
import type { Settings } from '../../../core/types';
import { PLAN_TITLE, WARM_UP_ACTIVITY } from '../../../core/terms';

export type { ReportData };

export function docHtml(doc: ReportDoc, settings: Settings): string {
  return flowHtml(doc.title, pageSetup(settings, doc.orientation), flatten(doc));
}

export function reportHtml(r: ReportData): string {
  return docHtml(reportDoc(r), r.data.settings);
}

/**
 * What a printer lays out and prints once at start (then thrown away, pdf/warmUp.ts): a small
 * report like the plan (its fonts, regular and bold Thai text, a heading row and an item group
 * whose lead cell the measuring script reads line by line, in the plan's ruled table), so the
 * renderer, the fonts, the measuring script and Chromium's print service are ready before the
 * first real export.
 */
export function warmUpDoc(): ReportDoc {
  const text = WARM_UP_ACTIVITY;
  return {
    title: 'ITA Tracker',
    heading: [PLAN_TITLE],
    sheet: '',
    footer: '',
    meta: {},
    blocks: [
      {
        kind: 'table',
        id: 'warm-up',
        dense: true,
        columns: PLAN_TABLE_COLUMNS,
        rows: [
          { kind: 'heading', level: 'tool', text: PLAN_TITLE },
          {
            kind: 'group',
            code: 'O1',
            lead: [cell(`O1 ${PLAN_TITLE}`, { code: 'O1' }), cell(text)],
            rows: [{ cells: PLAN_TABLE_COLUMNS.slice(2).map((c) => cell(text, { align: c.align })) }],
          },
        ],
      },
    ],
  };
}
