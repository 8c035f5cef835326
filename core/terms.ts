// Thai words shared by the screens, the reports (PDF and Excel) and the CLI, so every place says
// the same thing. Pure: the renderer may import it.
import type { FollowUpStatus } from './types';

/** สถานะ of a monthly report (GLOSSARY: followUp.status). */
export const STATUS_NAMES: Readonly<Record<FollowUpStatus, string>> = {
  notStarted: 'ยังไม่ดำเนินการ',
  inProgress: 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการแล้ว',
  blocked: 'ไม่สามารถดำเนินการได้',
};

/** The 8 columns of the plan, as on the office's paper form. */
export const PLAN_COLUMNS: readonly string[] = [
  'ตัวชี้วัด',
  'ประเด็นที่ต้องเตรียมความพร้อม/ยกระดับ',
  'กิจกรรมที่จะดำเนินการ',
  'ผลผลิต',
  'วิธีการสร้างการรับรู้',
  'ระยะเวลาแล้วเสร็จ',
  'ผู้รับผิดชอบ',
  'ระยะเวลากำกับติดตามโดย ผอ.เขต',
];
