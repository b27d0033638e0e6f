import type { WorkerRecord } from './worker-record';

/** A worker's record that lacks an item the DfE requires. */
export interface MissingItems {
  readonly staffId: string;
  readonly sweNo: string | null;
  readonly items: readonly string[];
}

// Mandatory for every record: the SWE number (the file will not validate without it). For
// records of the council's own employees, the items the DfE's validation requires too.
const required: readonly (readonly [string, (r: WorkerRecord) => boolean])[] = [
  ['SWENo', (r) => r.sweNo !== undefined],
  ['PersonBirthDate', (r) => r.agency || r.birthDate !== undefined],
  ['GenderCurrent', (r) => r.agency || r.gender !== undefined],
  ['Ethnicity', (r) => r.agency || r.ethnicity !== undefined],
  ['QualInst', (r) => r.agency || r.qualInst.length > 0],
  ['StepUpGrad', (r) => r.agency || r.stepUpGrad !== undefined],
  ['OrgRole', (r) => r.agency || r.orgRole !== undefined],
  ['RoleStartDate', (r) => r.agency || r.roleStartDate !== undefined],
  ['StartOrigin', (r) => r.agency || r.startOrigin !== undefined],
  ['FTE30', (r) => r.agency || !r.inPost || r.fte30 !== undefined],
  ['WorkingDaysLost', (r) => r.agency || r.workingDaysLost !== undefined],
  ['FrontlineGrad', (r) => r.agency || r.frontlineGrad !== undefined],
];

export const missingItems = (records: readonly WorkerRecord[]): MissingItems[] =>
  records.flatMap((r) => {
    const items = required.filter(([, present]) => !present(r)).map(([item]) => item);
    return items.length === 0 ? [] : [{ staffId: r.staffId, sweNo: r.sweNo ?? null, items }];
  });
