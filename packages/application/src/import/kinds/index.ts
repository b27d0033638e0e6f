import type { ImportKind } from '../kind';
import { dbsChecksKind } from './dbs-checks';
import { pdrsKind } from './pdrs';
import { qualificationsKind } from './qualifications';
import { registrationsKind } from './registrations';
import { staffKind } from './staff';
import { trainingKind } from './training';

/** Every kind of import file, by the name the CLI and the docs use. */
export const importKinds: readonly ImportKind[] = [
  staffKind,
  qualificationsKind,
  trainingKind,
  pdrsKind,
  registrationsKind,
  dbsChecksKind,
];

export const importKindNamed = (name: string): ImportKind | undefined =>
  importKinds.find((k) => k.name === name);
