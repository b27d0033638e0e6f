import { create } from 'xmlbuilder2';
import type { CensusPeriod } from './period';
import type { LaLevelVacancies } from './vacancies';
import type { WorkerRecord } from './worker-record';

export interface ReturnHeader {
  readonly period: CensusPeriod;
  /** The DfE's three-digit local authority number. */
  readonly laCode: string;
  /** The instant the return is as known at: the same log and instant give the same bytes. */
  readonly knownAt: string;
}

type XMLBuilder = ReturnType<typeof create>;

const places = (n: number, digits: number): string => n.toFixed(digits);
const flag = (b: boolean): string => (b ? '1' : '0');

const item = (parent: XMLBuilder, name: string, value: string | undefined): void => {
  if (value !== undefined) parent.ele(name).txt(value);
};

const worker = (message: XMLBuilder, r: WorkerRecord): void => {
  const w = message.ele('CSWWWorker');
  const n = (v: number | undefined, digits: number) =>
    v === undefined ? undefined : places(v, digits);
  const f = (v: boolean | undefined) => (v === undefined ? undefined : flag(v));
  const s = (v: number | string | undefined) => (v === undefined ? undefined : String(v));
  // The order is the schema's sequence.
  item(w, 'AgencyWorker', flag(r.agency));
  item(w, 'SWENo', r.sweNo);
  item(w, 'FTE', n(r.fte, 6));
  item(w, 'PersonBirthDate', r.birthDate);
  item(w, 'GenderCurrent', s(r.gender));
  item(w, 'Ethnicity', r.ethnicity);
  for (const inst of r.qualInst) item(w, 'QualInst', inst);
  item(w, 'QualLevel', s(r.qualLevel));
  item(w, 'StepUpGrad', f(r.stepUpGrad));
  item(w, 'OrgRole', s(r.orgRole));
  item(w, 'RoleStartDate', r.roleStartDate);
  item(w, 'StartOrigin', s(r.startOrigin));
  item(w, 'RoleEndDate', r.roleEndDate);
  item(w, 'LeaverDestination', s(r.leaverDestination));
  item(w, 'ReasonLeave', s(r.reasonLeave));
  item(w, 'FTE30', n(r.fte30, 6));
  item(w, 'Cases30', s(r.cases30));
  item(w, 'WorkingDaysLost', n(r.workingDaysLost, 2));
  item(w, 'ContractWeeks', n(r.contractWeeks, 1));
  item(w, 'FrontlineGrad', f(r.frontlineGrad));
  item(w, 'Absat30Sept', f(r.absentAt30));
  item(w, 'ReasonAbsence', r.reasonAbsence);
  item(w, 'CFKSSstatus', s(r.kssStatus));
};

/** The return as XML, one element a line, so a validator's line numbers name a worker. */
export const returnXml = (
  header: ReturnHeader,
  vacancies: LaLevelVacancies,
  records: readonly WorkerRecord[],
): string => {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const message = doc.ele('Message');
  const h = message.ele('Header');
  const details = h.ele('CollectionDetails');
  item(details, 'Collection', 'CSWW');
  item(details, 'Year', String(header.period.year));
  item(details, 'ReferenceDate', header.period.referenceDate);
  const source = h.ele('Source');
  item(source, 'SourceLevel', 'L');
  item(source, 'LEA', header.laCode);
  item(source, 'SoftwareCode', 'Ladder');
  item(source, 'DateTime', new Date(Date.parse(header.knownAt)).toISOString().slice(0, 19));
  const v = message.ele('LALevelVacancies');
  item(v, 'NumberOfVacancies', places(vacancies.vacanciesFte, 2));
  item(v, 'NoAgencyFTE', places(vacancies.agencyFte, 2));
  item(v, 'NoAgencyHeadcount', String(vacancies.agencyHeadcount));
  for (const r of records) worker(message, r);
  return doc.end({ prettyPrint: true });
};
