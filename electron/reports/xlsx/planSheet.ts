// Where the plan's Excel file keeps what its round trip (planImport.ts) reads back: the sheet, the
// header row, and the hidden id columns after the 8 (rows/plan.ts fills them).
import { PLAN_COLUMNS, REPORT_TERMS } from '../../../core/terms';

export const PLAN_SHEET = REPORT_TERMS.planSheet;
export const PLAN_HEADERS = PLAN_COLUMNS;
/** The plan's two title lines, a blank row, then the header. */
export const PLAN_HEADER_ROW = 4;
/** 1-based columns of the hidden ids. */
export const COL_ITEM_ID = 9;
export const COL_ACTIVITY_ID = 10;
