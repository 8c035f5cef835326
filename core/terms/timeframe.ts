// Thai words of the timeframe editor (ระยะเวลาแล้วเสร็จ in the plan editor): its labels and its one
// message. Month names come from core/thai (THAI_MONTHS_SHORT); how a timeframe reads is
// core/rules.ts timeframeText. Pure.
import { FIELD_NAMES } from './fields';
import { UI_WORDS } from './ui';

export const TIMEFRAME_TERMS = {
  /** Placeholder of an activity without months. */
  choose: UI_WORDS.pickMonth,
  start: 'เริ่ม',
  /** The 12-month toggle row's group label. */
  months: FIELD_NAMES.months,
  /** Tick every month of the fiscal year. */
  wholeYear: 'ทั้งปี',
  /** The first month of each fiscal quarter (ต.ค., ม.ค., เม.ย., ก.ค.). */
  quarterly: 'ทุกไตรมาส',
  /** Untick every month. */
  clear: UI_WORDS.clear,
  startAfterEnd: 'เดือนเริ่มต้องไม่อยู่หลังเดือนที่แล้วเสร็จ',
} as const;
