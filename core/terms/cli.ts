// What the command line says (electron/cli): usage errors and the lines it prints around a result. Pure.

export const CLI_WORDS = {
  needImportFile: 'ต้องระบุไฟล์ที่จะนำเข้า',
  usage: (text: string) => `ใช้: ${text}`,
  notNumber: (label: string, given: string) => `${label} ต้องเป็นตัวเลข (ได้รับ "${given}")`,
  noExtra: (command: string, extra: string) => `คำสั่ง ${command} ไม่รับค่าเพิ่มเติม: ${extra}`,
  /** A warning of a dry run or an import, one per line. */
  note: (warning: string) => `ข้อสังเกต: ${warning}`,
} as const;

/** A command line the CLI cannot run as typed (electron/cli/spec.ts, shared.ts, run.ts). */
export const CLI_ARGS_WORDS = {
  /** parseArgs' own errors, in Thai. */
  unknownOption: (command: string, option: string) => `คำสั่ง ${command} ไม่มีตัวเลือก ${option}`,
  needsValue: (option: string) => `ตัวเลือก ${option} ต้องมีค่าตามหลัง`,
  takesNoValue: (option: string) => `ตัวเลือก ${option} ไม่รับค่า (ใช้ ${option} เฉย ๆ)`,
  /** The first word of a command group alone ("followup"): its commands. */
  oneOf: (names: readonly string[]) => `ใช้ ${names.join(' หรือ ')}`,
  unknownCommand: (word: string) => `ไม่รู้จักคำสั่ง "${word}"`,
  needsArguments: (command: string, min: number) =>
    `คำสั่ง ${command} ต้องระบุ${min > 1 ? `อย่างน้อย ${min} ค่า` : 'ไฟล์หรือค่าที่ต้องใช้'}`,
  needOption: (key: string) => `ต้องระบุ --${key}`,
  noPlan: (fiscalYear: number) => `ไม่พบแผนปีงบประมาณ พ.ศ. ${fiscalYear}`,
  /** A wrong command line, then the usage (of the command, or all of it). */
  wrong: (message: string, usage: string) => `คำสั่งไม่ถูกต้อง: ${message}\n\n${usage}`,
  /** A usage error found while running, then the command's usage line. */
  withUsage: (message: string, usage: string) => `${message}\n\n${CLI_WORDS.usage(usage)}`,
  cannotOpen: (error: string) => `เปิดฐานข้อมูลไม่ได้: ${error}`,
  failed: (error: string) => `เกิดข้อผิดพลาด: ${error}`,
} as const;
