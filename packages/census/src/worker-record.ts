import type { OrgRole } from './codes';

/**
 * One `CSWWWorker` of the return, in the DfE's codes, with the Ladder engagement it came
 * from. Absent items are `undefined` and left out of the XML.
 */
export interface WorkerRecord {
  /** The staff record (engagement) it came from: never written to the file. */
  readonly staffId: string;
  readonly inPost: boolean;
  readonly agency: boolean;
  readonly sweNo?: string;
  readonly fte?: number;
  readonly birthDate?: string;
  readonly gender?: number;
  readonly ethnicity?: string;
  readonly qualInst: readonly string[];
  readonly qualLevel?: number;
  readonly stepUpGrad?: boolean;
  readonly orgRole?: OrgRole;
  readonly roleStartDate?: string;
  readonly startOrigin?: number;
  readonly roleEndDate?: string;
  readonly leaverDestination?: number;
  readonly reasonLeave?: number;
  readonly fte30?: number;
  readonly cases30?: number;
  readonly workingDaysLost?: number;
  readonly contractWeeks?: number;
  readonly frontlineGrad?: boolean;
  readonly absentAt30?: boolean;
  readonly reasonAbsence?: string;
  readonly kssStatus?: number;
}
