// Messages users read: failures, refusals, undo and revert. Pure.

/** What the user is told about a failure the program cannot explain better. */
export const INTERNAL_ERROR = 'เกิดข้อผิดพลาดภายในโปรแกรม';

/** Why a command of the desktop app is refused elsewhere (the CLI, the browser bridge). */
export const DESKTOP_ONLY = 'คำสั่งนี้ใช้ได้เฉพาะในโปรแกรมบนเครื่อง';

/** Why an approved plan refuses a change (the API, the Excel round trip and the screens say it alike). */
export const PLAN_LOCKED = 'แผนนี้อนุมัติแล้วจึงแก้ไขไม่ได้ หากต้องการแก้ไข ให้ยกเลิกการอนุมัติก่อน';

/** Undo and revert (issue 13): the screens' button, the history's action, the grid's row action. */
export const UNDO_NAME = 'เลิกทำ';
export const REVERT_NAME = 'ย้อนกลับ';
export const CLEAR_ROW_NAME = 'ล้างแถว';
/** The one answer when there is nothing of the screen's left to undo. */
export const NOTHING_TO_UNDO = 'ไม่มีการบันทึกที่เลิกทำได้';
