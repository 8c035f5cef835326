// Commands for the office's month: copy last month's reports into the next one as drafts (after a
// look with --dry-run), and the history with its reverts.
import type { AuditEntry, CopyMonthResult } from '../../core/types';
import type { RevertPreview } from '../../core/revert';
import { AppError } from '../../core/errors';
import {
  CLI_MONTH_WORDS as SAY,
  CLI_USAGE,
  COPY_SKIP_NAMES,
  fieldName,
  STATUS_NAMES,
  WORDS,
  UI_WORDS,
} from '../../core/terms';
import { formatDateTime, formatMonthShort } from '../../core/thai';
import { int, need, planOf, print, str, UsageError, type Command } from './shared';
import { flag, s, type CommandSpec } from './spec';

function describeCopy(r: CopyMonthResult, out: (line: string) => void) {
  const carried = r.rows.filter((x) => x.carried);
  const from = formatMonthShort(r.from);
  const to = formatMonthShort(r.to);
  out(r.dryRun ? SAY.willCopy(from, to, carried.length) : SAY.copied(from, to, carried.length, r.batchId));
  for (const x of carried) {
    out(`  ${x.itemCode}.${x.activityPosition} ${STATUS_NAMES[x.carried!.status]}  ${x.activityText}`);
    for (const line of x.carried!.dropped) out(`      ${SAY.droppedLine(line)}`);
  }
  for (const x of r.rows.filter((y) => y.skipped)) {
    out(`  ${SAY.skipped(`${x.itemCode}.${x.activityPosition}`, COPY_SKIP_NAMES[x.skipped!])}`);
  }
}

const copyMonth: Command = async (api, { values }, io) => {
  const plan = await planOf(api, values);
  const r = await api.copyMonth({
    planId: plan.id,
    from: need(values, 'from'),
    to: need(values, 'to'),
    dryRun: values['dry-run'] === true,
  });
  if (values.json) return print(io, r);
  describeCopy(r, io.out);
};

/** The history as it is undone: one line per batch (a copy, an import, a revert), newest first. */
function batchesOf(entries: readonly AuditEntry[], limit: number) {
  const batches = new Map<number, AuditEntry[]>();
  for (const e of entries) batches.set(e.batchId, [...(batches.get(e.batchId) ?? []), e]);
  return [...batches.entries()].slice(0, limit).map(([batchId, list]) => {
    const head = list.find((e) => e.id === batchId) ?? list[list.length - 1]!;
    // Newest first: the heading line (what the copy or import was) is written last.
    const title = list.length > 1 ? list[0]! : head;
    return {
      batchId,
      at: title.at,
      actor: head.actor,
      summary: list.length > 1 ? SAY.batch(title.summary, list.length) : head.summary,
      revertedBy: head.revertedBy,
      entries: list,
    };
  });
}

const historyListRun: Command = async (api, { values }, io) => {
  const planId = str(values, 'year') !== undefined ? (await planOf(api, values)).id : undefined;
  const limit = str(values, 'limit') !== undefined ? int(str(values, 'limit')!, WORDS.qty) : 50;
  const entries = await api.listAudit({ planId, limit: 1000 });
  const batches = batchesOf(entries, limit);
  if (values.json) return print(io, batches);
  if (batches.length === 0) return io.out(SAY.noHistory);
  for (const b of batches) {
    const reverted = b.revertedBy !== null ? `  ${SAY.revertedBy(b.revertedBy)}` : '';
    io.out(`#${b.batchId}  ${formatDateTime(b.at, 'arabic')}  ${b.actor}  ${b.summary}${reverted}`);
  }
};

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '–' : typeof v === 'string' ? v : JSON.stringify(v);

function describeRevert(p: RevertPreview, out: (line: string) => void) {
  const KIND = { restore: SAY.restoreKind, remove: UI_WORDS.delete, recreate: SAY.recreateKind } as const;
  out(SAY.revertHead(p.entries > 1, p.target, p.summary, p.entries, p.actor));
  for (const c of p.changes) {
    out(`  ${KIND[c.kind]}: ${c.summary}`);
    if (c.detail) out(`      ${c.detail}`);
    for (const f of c.fields) {
      if (c.kind === 'restore') out(`      ${fieldName(f.key)}: ${show(f.now)} → ${show(f.back)}`);
    }
  }
  for (const n of p.notes) out(`  ${SAY.note(n)}`);
  if (p.confirm) out(`  ${SAY.confirm(p.confirm)}`);
}

const historyRevert: Command = async (api, { values, rest }, io) => {
  const text = rest[0];
  if (!text) throw new UsageError(SAY.needId);
  const id = int(text, SAY.idLabel);
  const entryOnly = values.entry === true;
  if (values.yes !== true) {
    const p = await api.previewRevert({ id, entryOnly });
    if (values.json) return print(io, p);
    describeRevert(p, io.out);
    if (p.refusals.length > 0) throw new AppError('conflict', SAY.refused(p.refusals));
    io.out(SAY.notYet);
    return;
  }
  // --yes answers the preview's question too (it was shown by the run without --yes).
  const r = await api.revertHistory({ id, entryOnly, confirmed: true });
  if (values.json) return print(io, r);
  describeRevert(r, io.out);
  io.out(SAY.reverted(r.revertBatch));
};

export const MONTH_SPECS: readonly CommandSpec[] = [
  {
    name: 'followup copy-month',
    usage: CLI_USAGE['followup copy-month'],
    options: { year: s, office: s, from: s, to: s, 'dry-run': flag },
    writes: (v) => v['dry-run'] !== true,
    run: copyMonth,
  },
  {
    name: 'history list',
    usage: CLI_USAGE['history list'],
    options: { year: s, office: s, limit: s },
    writes: false,
    run: historyListRun,
  },
  {
    name: 'history revert',
    usage: CLI_USAGE['history revert'],
    options: { entry: flag, yes: { type: 'boolean', short: 'y', default: false } },
    positionals: [1, 1],
    writes: (v) => v.yes === true,
    run: historyRevert,
  },
];
