// Display helpers for the plan screen. Thai dates and digits come from core/thai; how a cell reads
// is core/rules.ts's (timeframeText, responsibleText, monitoringText), shared with reports and the CLI.
import { withDigits, type DigitStyle } from '../../core/thai';

export function digits(value: string | number, style: DigitStyle): string {
  return withDigits(value, style);
}
