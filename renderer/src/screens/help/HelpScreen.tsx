// คู่มือการใช้งาน: the guide inside the app, available offline. Its steps are written with Arabic
// digits (core/terms/help.ts) and shown in the office's (the numerals setting).
import { HELP_WORDS } from '../../../../core/terms';
import { withDigits } from '../../../../core/thai';
import { useApp } from '../../StoreContext';
import { GUIDE } from './guide';
import './help.css';

export function HelpScreen() {
  const numerals = useApp((s) => s.numerals);
  return (
    <section className="screen help" data-screen="help">
      <h1>{HELP_WORDS.title}</h1>
      <nav className="help-toc" aria-label={HELP_WORDS.toc}>
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
              <li key={step}>{withDigits(step, numerals)}</li>
            ))}
          </ol>
        </article>
      ))}
      <p className="muted">{HELP_WORDS.shortcuts}</p>
    </section>
  );
}
