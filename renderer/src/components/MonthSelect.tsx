import type { DigitStyle } from '../../../core/thai';
import { monthOptions } from '../months';

interface MonthSelectProps {
  fiscalYear: number;
  value: string | null;
  onChange(month: string): void;
  numerals: DigitStyle;
  label?: string;
  /** Allow "not set" (a plan row without months). */
  allowEmpty?: boolean;
  long?: boolean;
  id?: string;
}

/** A month of the fiscal year in fiscal order, labelled in BE (ต.ค. ๖๕ … ก.ย. ๖๖). Values stay CE 'YYYY-MM'. */
export function MonthSelect({ fiscalYear, value, onChange, numerals, label, allowEmpty, long, id }: MonthSelectProps) {
  const options = monthOptions(fiscalYear, numerals);
  return (
    <select id={id} aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
      {allowEmpty && <option value="">–</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {long ? o.long : o.short}
        </option>
      ))}
    </select>
  );
}
