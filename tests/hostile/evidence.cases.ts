// Hostile evidence files and links (addEvidenceFile, addEvidenceUrl, openExternal, openEvidence).
import fs from 'node:fs';
import { describe, expect } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../core/limits';
import type { DesktopHooks } from '../../electron/api/createApi';
import { makeApi, type TestApi } from '../helpers/api';
import { expectRefused, hostileCase, RLO, UNSAFE_CHARS } from './harness';

const MONTH = '2023-03';
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const HTML = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');

interface Setup extends TestApi {
  activityId: number;
  opened: string[];
  external: string[];
}

async function setup(): Promise<Setup> {
  const opened: string[] = [];
  const external: string[] = [];
  const desktop: DesktopHooks = {
    openPath: async (file) => {
      // What the OS would do first: the file must exist under its name.
      fs.accessSync(file);
      opened.push(file);
    },
    openExternal: async (url) => {
      external.push(url);
    },
  };
  const t = makeApi(undefined, 'ผู้ทดสอบ', desktop);
  const planId = (await t.api.importSamplePlan({})).plan!.id;
  const activityId = (await t.api.listMonth({ planId, month: MONTH }))[0]!.activityId;
  return { ...t, activityId, opened, external };
}

const fileRefusals: [string, string, () => Uint8Array, RegExp][] = [
  ['over the 20 MB limit', 'ใหญ่.pdf', () => new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x25), /ใหญ่เกิน 20 MB/],
  ['a PNG named .pdf', 'รูป.pdf', () => PNG, /ไม่ใช่ไฟล์ \.pdf จริง/],
  ['a Windows program named .pdf', 'ใบแจ้งหนี้.pdf', () => EXE, /ไม่ใช่ไฟล์ \.pdf จริง/],
  ['an SVG with a script', 'logo.svg', () => SVG, /แนบไฟล์ชนิดนี้ไม่ได้/],
  ['an SVG with a script named .png', 'logo.png', () => SVG, /ไม่ใช่ไฟล์ \.png จริง/],
  ['an HTML page named .docx', 'หนังสือ.docx', () => HTML, /ไม่ใช่ไฟล์ \.docx จริง/],
  ['zero bytes', 'ว่าง.pdf', () => new Uint8Array(0), /ว่างเปล่า|ไม่ใช่ไฟล์ \.pdf จริง/],
  ['an RTL override hiding .exe (invoice\\u202Efdp.exe)', `invoice${RLO}fdp.exe`, () => EXE, /แนบไฟล์ชนิดนี้ไม่ได้/],
  ['a NUL hiding .exe (x.pdf\\0.exe)', 'x.pdf\u0000.exe', () => PDF, /แนบไฟล์ชนิดนี้ไม่ได้/],
  ['a 300-character name', `${'ก'.repeat(296)}.pdf`, () => PDF, /ชื่อไฟล์ยาวเกิน 255/],
  ['a name of only dots and slashes', '../..', () => PDF, /ชื่อไฟล์ไม่ถูกต้อง|แนบไฟล์ชนิดนี้ไม่ได้/],
  ['a name with no extension', 'README', () => PDF, /แนบไฟล์ชนิดนี้ไม่ได้/],
];

/** Names kept, but made harmless: [given, stored]. */
const fileNames: [string, string, string | ((stored: string) => void)][] = [
  ['a Windows path traversal', '..\\..\\Windows\\x.pdf', 'x.pdf'],
  ['a Unix path traversal', '../../../etc/passwd.pdf', 'passwd.pdf'],
  ['control characters', 'ราย\u0007งาน\u001b.pdf', 'รายงาน.pdf'],
  ['an RTL override before a real .pdf', `สัญญา${RLO}exe.pdf`, 'สัญญาexe.pdf'],
  ['characters Windows forbids (an alternate data stream)', 'a:b*?"<>|.pdf', 'a_b______.pdf'],
  [
    'a 250-letter Thai name (750 bytes: longer than a file system allows)',
    `${'ร'.repeat(246)}.pdf`,
    (stored) => {
      expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(180);
      expect(stored.endsWith('….pdf')).toBe(true);
    },
  ],
];

const urlRefusals: [string, string, RegExp][] = [
  ['javascript:', 'javascript:alert(1)', /http/],
  ['mixed-case JaVaScRiPt:', 'JaVaScRiPt:alert(document.cookie)', /http/],
  ['whitespace before javascript:', '  \tjavascript:alert(1)', /http/],
  ['javascript: with a tab inside the scheme', 'java\tscript:alert(1)', /http/],
  ['file:', 'file:///C:/Windows/System32/calc.exe', /http/],
  ['a UNC share', '\\\\evil\\share\\x.exe', /http/],
  ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', /http/],
  ['vbscript:', 'vbscript:msgbox(1)', /http/],
  ['ftp:', 'ftp://ftp.example.com/x.exe', /http/],
  ['about:', 'about:blank', /http/],
  ['chrome:', 'chrome://settings', /http/],
  ['ms-settings: (launches a program)', 'ms-settings:privacy', /http/],
  ['http:// with no host', 'http://', /http/],
  ['http:/ with one slash', 'http:/www.bangkok.go.th', /http/],
  ['protocol-relative //host', '//evil.example/x', /http/],
  ['a 3,000-character URL', `https://www.bangkok.go.th/${'a'.repeat(3000)}`, /ยาวเกิน 2,000/],
  ['embedded user name and password', 'https://admin:secret@www.bangkok.go.th/', /รหัสผ่าน/],
  ['a newline inside the URL', 'https://www.bangkok.go.th/\njavascript:alert(1)', /http/],
];

describe('hostile evidence', () => {
  for (const [name, fileName, make, pattern] of fileRefusals) {
    hostileCase(`evidence file refused: ${name}`, async () => {
      const s = await setup();
      await expectRefused(
        s,
        () => s.api.addEvidenceFile({ activityId: s.activityId, month: MONTH, fileName, data: make() }),
        pattern,
      );
    });
  }

  for (const [name, given, want] of fileNames) {
    hostileCase(`evidence file name neutralised: ${name}`, async () => {
      const s = await setup();
      const ev = await s.api.addEvidenceFile({ activityId: s.activityId, month: MONTH, fileName: given, data: PDF });
      const stored = ev.fileName!;
      if (typeof want === 'string') expect(stored).toBe(want);
      else want(stored);
      expect(stored).not.toMatch(UNSAFE_CHARS);
      expect(stored).not.toMatch(/[\\/:*?"<>|]/);
      // Opened: written inside the app's own temp folder under that name, never elsewhere.
      await s.api.openEvidence({ evidenceId: ev.id });
      expect(s.opened).toHaveLength(1);
      expect(s.opened[0]!.endsWith(`${ev.id}-${stored}`)).toBe(true);
      expect(s.opened[0]).toContain('ita-tracker-evidence');
    });
  }

  for (const [name, url, pattern] of urlRefusals) {
    hostileCase(`link refused: ${name}`, async () => {
      const s = await setup();
      await expectRefused(s, () => s.api.addEvidenceUrl({ activityId: s.activityId, month: MONTH, url }), pattern);
      await expectRefused(s, () => s.api.openExternal({ url }), pattern);
      expect(s.external).toEqual([]);
    });
  }

  hostileCase('link accepted and opened: an ordinary https link with Thai path and query', async () => {
    const s = await setup();
    const url = 'https://www.bangkok.go.th/dusit/ประกาศ?ปี=2566#ส่วนที่1';
    const ev = await s.api.addEvidenceUrl({ activityId: s.activityId, month: MONTH, url });
    expect(ev.url).toBe(url);
    await s.api.openExternal({ url });
    expect(s.external).toEqual([url]);
  });
});
