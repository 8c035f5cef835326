import { useEffect, useState } from 'react';
import { useApp } from '../StoreContext';

/** "กำลังบันทึก…" / "บันทึกแล้ว ๑๐:๓๒" / "บันทึกไม่สำเร็จ": the user always knows whether the work is safe. */
export function SaveIndicator() {
  const save = useApp((s) => s.save);
  const [, tick] = useState(0);
  useEffect(() => {
    const t = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(t);
  }, []);
  if (save.status === 'idle') return <span className="save-indicator" />;
  const time = new Date(save.at).toLocaleTimeString('th-TH-u-nu-thai', { hour: '2-digit', minute: '2-digit' });
  const text = save.status === 'saving' ? 'กำลังบันทึก…' : save.status === 'saved' ? `บันทึกแล้ว ${time} น.` : 'บันทึกไม่สำเร็จ';
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
