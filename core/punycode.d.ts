// Types for punycode.js (Mathias Bynens' maintained implementation of RFC 3492, pure JavaScript). It
// is imported by its file path so that Node never picks its deprecated built-in 'punycode' instead.
declare module 'punycode/punycode.js' {
  const punycode: {
    toUnicode(domain: string): string;
    toASCII(domain: string): string;
  };
  export default punycode;
}
