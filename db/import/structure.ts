// The plan's structure as the document gives it: tools, indicators, sub-indicators, in the order
// their headings come, and the item codes under them. Headings may be missing; then the structure
// is made from the items' codes (I → IIT, E → EIT, O → OIT, anything else its own tool) and said so.

import type { ParsedIndicator, ParsedSubIndicator, ParsedTool } from './types';
import { STANDARD_TOOLS, toolOfPrefix, type IndicatorLine, type SubIndicatorLine, type ToolLine } from './sections';
import { IMPORT_STRUCTURE_MESSAGES } from '../../core/terms';

type Warn = (line: number, message: string) => void;

export class StructureBuilder {
  readonly tools: ParsedTool[] = [];
  readonly indicators: ParsedIndicator[] = [];
  readonly subIndicators: ParsedSubIndicator[] = [];
  tool: ParsedTool | null = null;
  indicator: ParsedIndicator | null = null;
  sub: ParsedSubIndicator | null = null;

  constructor(private readonly warn: Warn) {}

  private addTool(code: string, name: string, prefix: string | null, line: number): ParsedTool {
    const t: ParsedTool = { code, name, prefix, line };
    this.tools.push(t);
    return t;
  }

  onToolLine(tl: ToolLine, line: number): void {
    if (tl.acronym && tl.byWords && tl.acronym !== tl.byWords && STANDARD_TOOLS[tl.acronym]) {
      this.warn(line, IMPORT_STRUCTURE_MESSAGES.toolNameMismatch(tl.acronym, tl.byWords));
    }
    const code = tl.code ?? `T${this.tools.length + 1}`;
    this.tool =
      this.tools.find((t) => t.code === code) ??
      this.addTool(code, tl.name, STANDARD_TOOLS[code]?.prefix ?? null, line);
    if (this.tool.line === 0) {
      this.tool.line = line;
      this.tool.name = tl.name;
    }
    this.indicator = null;
    this.sub = null;
  }

  onIndicatorLine(il: IndicatorLine, line: number): void {
    const existing = this.indicators.find((i) => i.number === il.number);
    if (existing) {
      if (il.name && !existing.name) existing.name = il.name;
      else if (il.name && il.name !== existing.name)
        this.warn(line, IMPORT_STRUCTURE_MESSAGES.indicatorRepeated(il.number));
      this.indicator = existing;
    } else {
      this.indicator = { number: il.number, tool: this.tool?.code ?? '', name: il.name, line };
      this.indicators.push(this.indicator);
    }
    this.sub = null;
  }

  onSubIndicatorLine(sl: SubIndicatorLine, line: number): void {
    let parent = this.indicators.find((i) => i.number === sl.indicator) ?? null;
    if (!parent) {
      this.warn(line, IMPORT_STRUCTURE_MESSAGES.indicatorMadeForSub(sl.indicator, sl.label));
      parent = { number: sl.indicator, tool: this.tool?.code ?? '', name: '', line };
      this.indicators.push(parent);
    }
    this.indicator = parent;
    this.sub = this.subIndicators.find((s) => s.label === sl.label) ?? null;
    if (!this.sub) {
      this.sub = { label: sl.label, indicator: parent.number, name: sl.name, line };
      this.subIndicators.push(this.sub);
    } else if (sl.name && !this.sub.name) this.sub.name = sl.name;
  }

  /** The tool, indicator and sub-indicator an item with this code prefix goes under (made when missing). */
  placeItem(prefix: string, code: string, line: number): { tool: string; indicator: number; sub: string | null } {
    let tool = this.tool;
    if (!tool) {
      const standard = toolOfPrefix(prefix);
      tool =
        this.tools.find((t) => t.prefix === prefix) ??
        this.addTool(standard ?? prefix, standard ? (STANDARD_TOOLS[standard]?.name ?? prefix) : prefix, prefix, 0);
      this.warn(line, IMPORT_STRUCTURE_MESSAGES.noToolLine(code, tool.code));
      if (this.indicator && this.indicator.tool === '') this.indicator.tool = tool.code;
    } else if (tool.prefix === null) {
      tool.prefix = prefix;
    } else if (tool.prefix !== prefix) {
      const standard = toolOfPrefix(prefix);
      const other =
        this.tools.find((t) => t.prefix === prefix) ??
        (standard && toolOfPrefix(tool.prefix) && !this.tools.some((t) => t.code === standard)
          ? this.addTool(standard, STANDARD_TOOLS[standard]?.name ?? standard, prefix, 0)
          : null);
      if (other) {
        this.warn(line, IMPORT_STRUCTURE_MESSAGES.otherToolNoLine(code, other.code));
        tool = other;
        if (this.indicator && this.indicator.tool !== other.code) {
          this.indicator = null;
          this.sub = null;
        }
      }
    }
    this.tool = tool;
    if (this.indicator && this.indicator.tool === '') this.indicator.tool = tool.code;
    if (!this.indicator || this.indicator.tool !== tool.code) {
      const number = Math.max(0, ...this.indicators.map((i) => i.number)) + 1;
      this.indicator = { number, tool: tool.code, name: '', line: 0 };
      this.indicators.push(this.indicator);
      this.sub = null;
      this.warn(line, IMPORT_STRUCTURE_MESSAGES.noIndicatorLine(code, number));
    }
    return { tool: tool.code, indicator: this.indicator.number, sub: this.sub?.label ?? null };
  }

  /** The current tool's item letters: known, or the standard ones of its code. */
  currentPrefix(): string | null {
    if (!this.tool) return null;
    return this.tool.prefix ?? STANDARD_TOOLS[this.tool.code]?.prefix ?? null;
  }

  /** Indicators named before any tool line and never given an item: under the first tool. */
  finish(): void {
    for (const ind of this.indicators) {
      if (ind.tool !== '') continue;
      const tool = this.tools[0] ?? this.addTool('T1', IMPORT_STRUCTURE_MESSAGES.defaultTool, null, 0);
      ind.tool = tool.code;
    }
  }
}
