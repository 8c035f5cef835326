// What every row of the grid shares, given once through context so the rows' props stay small
// and stable (memoized rows re-render only when their own data changes).
import { createContext, useContext } from 'react';
import type { DigitStyle } from '../../../../core/thai';
import type { Division, ReportState } from '../../../../core/types';
import type { PickedFile } from './model';

export interface RowEnv {
  numerals: DigitStyle;
  divisions: ReadonlyMap<number, Division>;
  /** A row's status changed (for the counts at the top). */
  onStatus(activityId: number, status: ReportState): void;
  /** Opens the one shared file picker (one hidden <input type=file> for the grid, not one a row). */
  pickFiles(onFiles: (files: PickedFile[]) => void): void;
  /** Opens the activity's year (ActivityYearPanel). */
  openYear(activityId: number): void;
  /** ล้างแถว: removes the row's report for the month (one undo brings it back). */
  clearRow(activityId: number): void;
}

export const RowEnvContext = createContext<RowEnv | null>(null);

export function useRowEnv(): RowEnv {
  const env = useContext(RowEnvContext);
  if (!env) throw new Error('RowEnvContext is missing');
  return env;
}
