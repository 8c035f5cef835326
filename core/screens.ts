// The app's screens as users see them: the renderer's tabs and the desktop app's มุมมอง menu (with
// the same Ctrl+number keys) both read this list.

export type Screen = 'overview' | 'plan' | 'followup' | 'history' | 'settings' | 'help';

export const SCREENS: readonly { id: Screen; label: string; key: string }[] = [
  { id: 'overview', label: 'ภาพรวม', key: '1' },
  { id: 'plan', label: 'แผนมาตรการ', key: '2' },
  { id: 'followup', label: 'ติดตามรายเดือน', key: '3' },
  { id: 'history', label: 'ประวัติการแก้ไข', key: '4' },
  { id: 'settings', label: 'ตั้งค่า', key: '5' },
  { id: 'help', label: 'คู่มือ', key: '6' },
];
