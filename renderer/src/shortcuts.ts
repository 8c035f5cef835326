// Keyboard: Ctrl+S saves what is being typed now, Ctrl+F jumps to the screen's search box,
// Ctrl+1…5 switch screens. The app shell turns keys into these events; each screen listens.
import { useEffect, useRef } from 'react';

export type AppCommand = 'save' | 'find';
const EVENT = 'ita:command';

export function dispatchCommand(command: AppCommand): void {
  window.dispatchEvent(new CustomEvent<AppCommand>(EVENT, { detail: command }));
}

export function useCommand(command: AppCommand, handler: () => void): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    const listener = (e: Event) => {
      if ((e as CustomEvent<AppCommand>).detail === command) ref.current();
    };
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [command]);
}
