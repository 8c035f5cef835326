// The user guide: the sections the help screen shows, in order (their Thai text is in
// core/terms/help.ts). Plain data so a test can check every section is present.
import { HELP_GUIDE } from '../../../../core/terms';

export interface GuideSection {
  id: string;
  title: string;
  steps: readonly string[];
}

export const GUIDE: readonly GuideSection[] = (Object.keys(HELP_GUIDE) as (keyof typeof HELP_GUIDE)[]).map((id) => ({
  id,
  ...HELP_GUIDE[id],
}));
