import { useEffect, useState } from 'react';
import { withDigits } from '../../../core/thai';
import { useApp } from '../StoreContext';
import { APP_SHELL_WORDS, UI_WORDS } from '../../../core/terms';

/** "กำลังบันทึก…" / "บันทึกแล้ว ๑๐:๓๒" / "บันทึกไม่สำเร็จ": the user always knows whether the work is safe. */
export function SaveIndicator() {
  const save = useApp((s) => s.save);
  const numerals = useApp((s) => s.numerals);
  const [, tick] = useState(0);
  useEffect(() => {
    const t = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(t);
  }, []);
  if (save.status === 'idle') return <span className="save-indicator" />;
  const at = new Date(save.at);
  const time = withDigits(
    `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`,
    numerals,
  );
  const text =
    save.status === 'saving'
      ? UI_WORDS.saving
      : save.status === 'saved'
        ? APP_SHELL_WORDS.savedAt(time)
        : UI_WORDS.saveFailed;
  return (
    <span
      className={`save-indicator save-${save.status}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
    >
      {text}
    </span>
  );
}
