import type { ImportKind } from '../kind';
import { dbsChecksKind } from './dbs-checks';
import { lineManagementKind } from './line-management';
import { pdrsKind } from './pdrs';
import { qualificationsKind } from './qualifications';
import { registrationsKind } from './registrations';
import { staffKind } from './staff';
import { trainingKind } from './training';
import { vacanciesKind } from './vacancies';

/** Every kind of import file, by the name the CLI and the docs use. */
export const importKinds: readonly ImportKind[] = [
  staffKind,
  qualificationsKind,
  trainingKind,
  pdrsKind,
  registrationsKind,
  dbsChecksKind,
  lineManagementKind,
  vacanciesKind,
];

export const importKindNamed = (name: string): ImportKind | undefined =>
  importKinds.find((k) => k.name === name);
