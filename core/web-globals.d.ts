// The one web-standard global core/ uses, the WHATWG URL class (there in Node and in Chromium alike).
// Declared by hand because tsconfig.core.json gives core neither DOM nor Node types, so that tsc
// refuses any other Node or browser API in core/. Only tsconfig.core.json includes this file; the
// other configs get URL from their DOM/Node types.
interface URL {
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}
// eslint-disable-next-line no-var -- how lib.dom.d.ts declares it: a global constructor
declare var URL: { prototype: URL; new (url: string, base?: string): URL };
