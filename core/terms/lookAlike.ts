// The warning beside a look-alike link (core/lookAlike.ts viewLink: the follow-up screen, the
// reports, the CLI) and the Thai names of the scripts it names. Pure.

const CHINESE = 'จีน';
const JAPANESE = 'ญี่ปุ่น';

/** Thai names of the Unicode scripts a domain may mix (by their Script property's name). */
export const LOOK_ALIKE_SCRIPT_NAMES = {
  Latin: 'ละติน (อังกฤษ)',
  Cyrillic: 'ซีริลลิก (รัสเซีย)',
  Greek: 'กรีก',
  Armenian: 'อาร์เมเนีย',
  Georgian: 'จอร์เจีย',
  Cherokee: 'เชอโรกี',
  Thai: 'ไทย',
  Lao: 'ลาว',
  Khmer: 'เขมร',
  Myanmar: 'พม่า',
  Arabic: 'อาหรับ',
  Hebrew: 'ฮีบรู',
  Devanagari: 'เทวนาครี',
  Bengali: 'เบงกาลี',
  Tamil: 'ทมิฬ',
  Han: CHINESE,
  Hiragana: JAPANESE,
  Katakana: JAPANESE,
  Hangul: 'เกาหลี',
  Bopomofo: CHINESE,
  Other: 'อื่น',
} as const;

/** "คำเตือน: ชื่อเว็บไซต์ในลิงก์นี้ใช้อักษรละติน (อังกฤษ)ปนกับอักษรซีริลลิก (รัสเซีย) …" for the scripts named. */
export const lookAlikeWarning = (scripts: readonly string[], asciiHost: string): string =>
  `คำเตือน: ชื่อเว็บไซต์ในลิงก์นี้ใช้อักษร${scripts.join('ปนกับอักษร')} ซึ่งอาจดูเหมือนเว็บไซต์จริงแต่เป็นเว็บไซต์อื่น ` +
  `(ชื่อจริงคือ ${asciiHost}) กรุณาตรวจสอบก่อนเปิดหรือนำไปรายงาน`;
