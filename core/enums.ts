// The closed sets of the domain, once: the types (core/types.ts), the zod schemas (core/schemas.ts)
// and the screens' lists all derive from these arrays. Order matters where a list is shown in it.

export const TOOLS = ['IIT', 'EIT', 'OIT'] as const;
/** The status select's order: how work usually moves along (STATUS_ORDER in core/rules.ts is the counting order). */
export const FOLLOW_UP_STATUSES = ['notStarted', 'inProgress', 'done', 'blocked'] as const;
/** What a row can read: a saved status, or notReported (ยังไม่รายงาน, nothing saved). The filter's order. */
export const REPORT_STATES = [...FOLLOW_UP_STATUSES, 'notReported'] as const;
export const MONITORINGS = ['monthly', 'daily', 'none', 'other'] as const;
export const PLAN_STATUSES = ['draft', 'approved'] as const;
export const NUMERALS = ['thai', 'arabic'] as const;
export const REPORT_KINDS = ['plan', 'month', 'half-year', 'annual', 'oit-urls', 'overview'] as const;
export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
