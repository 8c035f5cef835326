// Signature blocks and the director's order box printed under the monthly sheet and the results.
import type { Settings } from '../../../core/types';
import { esc } from './layout';

export const SIGNATURE_CSS = `
.signoff { break-inside: avoid; page-break-inside: avoid; margin-top: 5mm; }
.orders { border: 0.6pt solid #000; padding: 2mm 3mm; margin-bottom: 4mm; }
.orders .label { font-weight: 700; }
.orders .dots { border-bottom: 0.6pt dotted #000; height: 7mm; }
.signs { display: flex; justify-content: space-between; gap: 6mm; }
.sign { flex: 1; text-align: center; }
.sign .line { margin-top: 10mm; }
`;

export interface Signer {
  /** What the signer is (ผู้รายงาน …), printed under the name. */
  role: string;
  name: string;
  position?: string;
}

export function signersOf(settings: Settings, which: ('reporter' | 'head' | 'director')[]): Signer[] {
  const all = {
    reporter: { role: 'ผู้รายงาน', name: settings.reporterName },
    head: { role: 'หัวหน้าฝ่ายปกครอง', name: settings.headOfGovernance },
    director: { role: settings.directorTitle || 'ผู้อำนวยการเขต', name: settings.directorName },
  };
  return which.map((w) => all[w]);
}

function sign(s: Signer): string {
  const name = s.name.trim() ? `(${esc(s.name.trim())})` : '(.................................................)';
  return (
    `<div class="sign"><div class="line">ลงชื่อ ...................................................</div>` +
    `<div>${name}</div><div>${esc(s.role)}</div>` +
    `<div>วันที่ ........../........................./...............</div></div>`
  );
}

/** The director's orders box (room to write by hand) and the signature row, kept on one page. */
export function signoff(signers: Signer[], withOrders: boolean): string {
  const orders = withOrders
    ? `<div class="orders"><div class="label">ข้อสั่งการผู้อำนวยการเขต</div>` +
      '<div class="dots"></div>'.repeat(3) +
      `</div>`
    : '';
  return `<div class="signoff">${orders}<div class="signs">${signers.map(sign).join('')}</div></div>`;
}
