// The NACC tools' names in their three lengths, and how any plan's tool reads. Pure.
import type { NaccTool, Tool } from '../types';

/** The tools' full names, as the NACC writes them: the heading rows of the printed plan and reports. */
export const TOOL_TITLES: Readonly<Record<NaccTool, string>> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency Assessment : IIT)',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity and Transparency Assessment : EIT)',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)',
};

/** The tools' names on screen, where the English long form does not fit. */
export const TOOL_NAMES: Readonly<Record<NaccTool, string>> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)',
};

/** The shortest form, code first: the overview's group headings. */
export const TOOL_SHORT: Readonly<Record<NaccTool, string>> = {
  IIT: 'IIT – การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
  EIT: 'EIT – การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
  OIT: 'OIT – การเปิดเผยข้อมูลสาธารณะ',
};

/** A NACC tool's official title by its code; undefined for another scheme's tool (its plan names it). */
export const NACC_TOOL_NAMES: Readonly<Record<Tool, string | undefined>> = TOOL_TITLES;
/** The letters of the NACC tools' item codes (I1 is an IIT item). */
export const NACC_TOOL_PREFIXES: Readonly<Record<Tool, string | undefined>> = { IIT: 'I', EIT: 'E', OIT: 'O' };

/**
 * How a plan's tool reads: 'title' its name as the plan has it (printed headings); 'name' the
 * screen's form and 'short' the overview's, the NACC's wording for its own tools, else code and name.
 */
export function toolLabel(tool: { code: Tool; name: string }, form: 'title' | 'name' | 'short'): string {
  if (form === 'title') return tool.name;
  const nacc = (form === 'name' ? TOOL_NAMES : TOOL_SHORT) as Readonly<Record<Tool, string | undefined>>;
  return nacc[tool.code] ?? (tool.name.includes(tool.code) ? tool.name : `${tool.code} – ${tool.name}`);
}
