import type { Complexity } from '../frameworks/caseload-rules';
import type { LibertyFlag } from './liberty';

/** What the rule reads of a case: how complex it is and whether it may affect liberty. */
export interface CaseFacts {
  readonly caseReference: string;
  readonly complexity: Complexity;
  readonly libertyFlags: readonly LibertyFlag[];
}
