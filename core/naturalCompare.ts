// Natural order of codes and names: digit runs compare by value, so O2 comes before O10 and
// ๙) before ๑๐). Pure; the one comparator wherever codes are sorted.

import { toArabicDigits as arabic } from './thai/digits';

const collator = new Intl.Collator('th', { numeric: true, sensitivity: 'base' });

export function naturalCompare(a: string, b: string): number {
  return collator.compare(arabic(a), arabic(b)) || (a < b ? -1 : a > b ? 1 : 0);
}
