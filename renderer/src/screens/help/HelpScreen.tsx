// คู่มือการใช้งาน: the guide inside the app, available offline.
import { withDigits } from '../../../../core/thai';
import { useApp } from '../../StoreContext';
import { GUIDE } from './guide';
import './help.css';

export function HelpScreen() {
  const numerals = useApp((s) => s.numerals);
  return (
    <section className="screen help" data-screen="help">
      <h1>คู่มือการใช้งาน</h1>
      <nav className="help-toc" aria-label="หัวข้อ">
        {GUIDE.map((g, i) => (
          <a key={g.id} href={`#help-${g.id}`}>
            {withDigits(i + 1, numerals)}. {g.title}
          </a>
        ))}
      </nav>
      {GUIDE.map((g, i) => (
        <article key={g.id} id={`help-${g.id}`} className="help-section">
          <h2>
            {withDigits(i + 1, numerals)}. {g.title}
          </h2>
          <ol style={{ listStyleType: numerals === 'thai' ? 'thai' : 'decimal' }}>
            {g.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </article>
      ))}
      <p className="muted">
        แป้นลัด: Ctrl+1 – Ctrl+6 เปลี่ยนหน้าจอ · Ctrl+S บันทึกทันที · Ctrl+F ค้นหา · Esc ยกเลิกการแก้ไขหรือปิดหน้าต่าง
      </p>
    </section>
  );
}
