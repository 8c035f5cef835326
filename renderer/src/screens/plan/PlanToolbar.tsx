// Above the table: find box (Ctrl+F), the plan's structure, import, new plan, copy to next year,
// approve / reopen.
import { useRef, useState } from 'react';
import type { PlanDetail } from '../../../../core/types';
import { digits } from '../../format';
import { useCommand } from '../../shortcuts';
import { useApp } from '../../StoreContext';
import { ImportDialog } from './ImportDialog';
import { ApproveDialog, CopyPlanDialog, CreatePlanDialog, ReopenDialog } from './PlanDialogs';
import { StructureDialog } from './StructureDialog';

type Dialog = 'import' | 'create' | 'copy' | 'approve' | 'reopen' | 'structure' | null;

interface Props {
  plan: PlanDetail;
  query: string;
  onQuery(query: string): void;
  matches: number | null;
}

export function PlanToolbar({ plan, query, onQuery, matches }: Props) {
  const [dialog, onDialog] = useState<Dialog>(null);
  const numerals = useApp((s) => s.numerals);
  const plans = useApp((s) => s.plans);
  const search = useRef<HTMLInputElement>(null);
  useCommand('find', () => {
    search.current?.focus();
    search.current?.select();
  });
  const approved = plan.status === 'approved';
  const nextYearExists = plans.some((p) => p.fiscalYear === plan.fiscalYear + 1 && p.office === plan.office);
  const close = () => onDialog(null);

  return (
    <div className="plan-toolbar" role="toolbar" aria-label="เครื่องมือแผน">
      <div className="find">
        <input
          ref={search}
          type="search"
          aria-label="ค้นหาในแผน"
          placeholder="ค้นหา รหัสข้อ (เช่น O12) หรือคำ (Ctrl+F)"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQuery('');
            }
          }}
        />
        {query.trim() && matches !== null && (
          <span className="find-count" role="status">
            พบ {digits(matches, numerals)} ข้อ
          </span>
        )}
      </div>
      <div className="toolbar-actions">
        <button type="button" onClick={() => onDialog('structure')}>
          โครงสร้างแผน
        </button>
        <button type="button" onClick={() => onDialog('import')}>
          นำเข้าแผน
        </button>
        <button type="button" onClick={() => onDialog('create')}>
          สร้างแผนใหม่
        </button>
        <button
          type="button"
          disabled={nextYearExists}
          title={nextYearExists ? 'มีแผนของปีถัดไปอยู่แล้ว' : undefined}
          onClick={() => onDialog('copy')}
        >
          คัดลอกเป็นแผนปีถัดไป
        </button>
        {approved ? (
          <button type="button" onClick={() => onDialog('reopen')}>
            ยกเลิกการอนุมัติ
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => onDialog('approve')}>
            อนุมัติแผน
          </button>
        )}
      </div>
      {dialog === 'structure' && <StructureDialog plan={plan} onClose={close} />}
      {dialog === 'import' && <ImportDialog onClose={close} />}
      {dialog === 'create' && <CreatePlanDialog onClose={close} />}
      {dialog === 'copy' && <CopyPlanDialog plan={plan} onClose={close} />}
      {dialog === 'approve' && <ApproveDialog plan={plan} onClose={close} />}
      {dialog === 'reopen' && <ReopenDialog plan={plan} onClose={close} />}
    </div>
  );
}
