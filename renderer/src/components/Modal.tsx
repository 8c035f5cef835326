import { useEffect, useRef, type ReactNode } from 'react';
import { UI_WORDS } from '../../../core/terms';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

/** A dialog over the screen: Esc closes it, focus moves into it and returns afterwards. */
export function Modal({ title, onClose, children, footer, wide }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    // The first field of the body, not the header's close button: dialogs are for typing.
    const field = 'input:not([type=hidden]), textarea, select, button';
    const first =
      ref.current?.querySelector<HTMLElement>(`.modal-body :is(${field})`) ??
      ref.current?.querySelector<HTMLElement>(field);
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, [onClose]);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={`modal${wide ? ' modal-wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} ref={ref}>
        <header className="modal-header">
          <h2>{title}</h2>
          <button type="button" className="icon" onClick={onClose} aria-label={UI_WORDS.close}>
            ×
          </button>
        </header>
        <div className="modal-body">{children}</div>
        {footer && <footer className="modal-footer">{footer}</footer>}
      </div>
    </div>
  );
}
