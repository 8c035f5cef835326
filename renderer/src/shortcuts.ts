// Commands: Ctrl+S saves what is being typed now, Ctrl+F jumps to the screen's search box, Ctrl+Z
// (outside a text box) undoes the screen's last save, Ctrl+1…6
// switch screens; export, print, backup and restore come from the ไฟล์ menu. The app shell turns keys
// (and the desktop app's menu items, delivered by the preload as the same events) into these events;
// each screen listens.
import { useEffect, useRef } from 'react';

export type AppCommand = 'save' | 'find' | 'undo' | 'export' | 'print' | 'backup' | 'restore' | `screen:${string}`;
/** The DOM event name; electron/shell-pure/pageApi.ts dispatches the menu's commands under it. */
export const COMMAND_EVENT = 'ita:command';

export function dispatchCommand(command: AppCommand): void {
  window.dispatchEvent(new CustomEvent<AppCommand>(COMMAND_EVENT, { detail: command }));
}

/** Runs `handler` for every command (`filter` picks which). */
export function useCommands(filter: (command: string) => boolean, handler: (command: string) => void): void {
  const ref = useRef({ filter, handler });
  ref.current = { filter, handler };
  useEffect(() => {
    const listener = (e: Event) => {
      const command = (e as CustomEvent<unknown>).detail;
      if (typeof command === 'string' && ref.current.filter(command)) ref.current.handler(command);
    };
    window.addEventListener(COMMAND_EVENT, listener);
    return () => window.removeEventListener(COMMAND_EVENT, listener);
  }, []);
}

export function useCommand(command: AppCommand, handler: () => void): void {
  useCommands((c) => c === command, handler);
}

/** A command for a screen that is not open yet: it runs when that screen mounts (takeDeferred). */
let deferred: AppCommand | null = null;
export function deferCommand(command: AppCommand): void {
  deferred = command;
}
export function takeDeferred(command: AppCommand): boolean {
  if (deferred !== command) return false;
  deferred = null;
  return true;
}
