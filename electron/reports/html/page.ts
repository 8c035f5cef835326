// The printed page as the office's settings say: A4, margins with a binding edge (the left edge of a
// portrait page, the top edge of a landscape one), type sizes given as TH Sarabun PSK points (what
// Thai offices specify) and converted for the font the PDF embeds, page numbers "หน้า ๑/๒๔" at the
// foot or "- ๒ -" at the head from page 2 (สารบรรณ style).
import type { Settings } from '../../../core/types';

export type Orientation = 'portrait' | 'landscape';
export type PageNumberStyle = 'fraction' | 'dash';

/** The settings this module reads (defaults in db/queries/settings.ts). */
export type PageSettings = Pick<
  Settings,
  'numerals' | 'reportFont' | 'reportTextPt' | 'reportTablePt' | 'reportMarginMm' | 'reportBindingMm' | 'pageNumbers'
>;

export interface PdfFont {
  /** The CSS family name the report uses. */
  family: string;
  /**
   * Points of this font that read like 1 pt of TH Sarabun PSK. Thai fonts of the TH Sarabun generation
   * draw their letters small for their point size; Sarabun (and fonts made to match Latin type)
   * draw them about a third larger, so Sarabun 10.5 pt reads like TH Sarabun PSK 14 pt.
   */
  scale: number;
}

/** Fonts the app ships and embeds in PDFs (licences allow it: SIL Open Font License). */
export const PDF_FONTS: Record<string, PdfFont> = {
  Sarabun: { family: 'Sarabun', scale: 0.75 },
};

/**
 * The PDF font for the report-font setting: the font itself when the app ships it; TH Sarabun New
 * and TH SarabunPSK (whose OFL successor Sarabun is) and fonts the app may not ship (Angsana New,
 * Cordia New, Tahoma are Microsoft's) print in Sarabun. Excel files name the setting's font as is.
 */
export function pdfFontFor(reportFont: string): PdfFont {
  return PDF_FONTS[reportFont] ?? PDF_FONTS.Sarabun!;
}

export interface PageSetup {
  orientation: Orientation;
  /** Sheet size and margins in mm. */
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  font: PdfFont;
  /** CSS points for body text and for dense tables. */
  textPt: number;
  tablePt: number;
  pageNumbers: PageNumberStyle;
  digits: 'thai' | 'arabic';
  /** Below 1: a one-page report's type and cell padding shrunk to fit (pdf/render.ts scaledSetup). */
  scale?: number;
}

export const MIN_TABLE_PT = 14;

export function pageSetup(s: PageSettings, orientation: Orientation = 'landscape'): PageSetup {
  const font = pdfFontFor(s.reportFont);
  const m = s.reportMarginMm;
  const b = s.reportBindingMm;
  const tableEq = Math.max(MIN_TABLE_PT, s.reportTablePt);
  return {
    orientation,
    width: orientation === 'landscape' ? 297 : 210,
    height: orientation === 'landscape' ? 210 : 297,
    margin:
      orientation === 'landscape' ? { top: b, right: m, bottom: m, left: m } : { top: m, right: m, bottom: m, left: b },
    font,
    textPt: round(Math.max(tableEq, s.reportTextPt) * font.scale),
    tablePt: round(tableEq * font.scale),
    pageNumbers: s.pageNumbers,
    digits: s.numerals === 'arabic' ? 'arabic' : 'thai',
  };
}

const round = (n: number) => Math.round(n * 4) / 4;

/** The writing area in mm. */
export function contentBox(p: PageSetup): { width: number; height: number } {
  return { width: p.width - p.margin.left - p.margin.right, height: p.height - p.margin.top - p.margin.bottom };
}

export const PX_PER_MM = 96 / 25.4;
