// What the command line says (electron/cli): usage errors and the lines it prints around a result. Pure.

export const CLI_WORDS = {
  needImportFile: 'ต้องระบุไฟล์ที่จะนำเข้า',
  usage: (text: string) => `ใช้: ${text}`,
  notNumber: (label: string, given: string) => `${label} ต้องเป็นตัวเลข (ได้รับ "${given}")`,
  noExtra: (command: string, extra: string) => `คำสั่ง ${command} ไม่รับค่าเพิ่มเติม: ${extra}`,
  /** A warning of a dry run or an import, one per line. */
  note: (warning: string) => `ข้อสังเกต: ${warning}`,
} as const;
