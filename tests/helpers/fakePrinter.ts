// A PdfPrinter without Chromium, for tests of what reaches the printer: it records the HTML it is
// given, answers the measuring script (reports/html/document.ts) with fixed heights read off the
// measuring HTML's structure (every block and row 20 px, every lead cell one 20 px line), and
// prints `pdf` (default: a two-page stand-in). Real layouts are tested with Chromium (tests/reports).
import type { PdfPrinter } from '../../electron/reports/pdf/printer';

export const FAKE_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Pages >>\n2 0 obj << /Type /Page >>\n3 0 obj << /Type /Page >>\n%%EOF',
);

/** Heights for every data-m atom of a measuring document (`px` each block, row and lead line). */
export function fakeMeasure(html: string, px = 20): string {
  const atoms: Record<string, unknown> = {};
  for (const m of html.matchAll(
    /<(tbody|div) data-m="(\d+)"( data-g="1")?>([\s\S]*?)(?=<(?:tbody|div) data-m=|<\/table>|$)/g,
  )) {
    const [, , i, group, body = ''] = m;
    if (!group) {
      atoms[i!] = { h: px };
      continue;
    }
    const leadRow = /<tr data-lead>([\s\S]*?)<\/tr>/.exec(body)?.[1] ?? '';
    const leadCells = (leadRow.match(/<td data-col=/g) ?? []).length;
    atoms[i!] = {
      rows: (body.match(/<tr data-r>/g) ?? []).map(() => px),
      lead: Array.from({ length: leadCells }, () => ({ pad: 4, lines: [{ unit: 0, at: 0, h: px }] })),
      cont: 20,
      empty: 8,
    };
  }
  const theads: Record<string, number> = {};
  for (const m of html.matchAll(/data-th="(\d+)"/g)) theads[m[1]!] = 30;
  return JSON.stringify({ atoms, theads });
}

export function fakePrinter(
  pdf: Uint8Array = FAKE_PDF,
  o: { px?: number; beforePrint?: () => Promise<void> } = {},
): PdfPrinter & { printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    print: async (html) => {
      printed.push(html);
      await o.beforePrint?.();
      return pdf;
    },
    evaluate: async (html) => fakeMeasure(html, o.px),
    close: async () => undefined,
  };
}
