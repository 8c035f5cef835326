// window.api is what the preload exposes: the contract's methods, nothing else.
import type { Api } from '../../core/contract';

declare global {
  interface Window {
    /** Undefined only when the page is opened outside the app (no preload). */
    readonly api: Api;
  }
}

export {};
