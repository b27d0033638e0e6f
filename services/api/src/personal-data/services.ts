import type { PersonalKeyService } from '@ladder/event-store';
import type { RetentionSchedule } from '@ladder/domain';
import type { Role } from '../auth/roles';
import type { RetentionJobs } from './retention-jobs';

/** Who may ask for an erasure, approve one (always a second person), and export a person's data. */
export interface PersonalDataRoles {
  readonly ask: readonly Role[];
  readonly approve: readonly Role[];
  readonly export: readonly Role[];
}

export const defaultPersonalDataRoles: PersonalDataRoles = {
  ask: ['hr-admin'],
  approve: ['hr-admin'],
  export: ['hr-admin'],
};

/** What the personal-data routes use beside the store: keys, roles, the schedule, the jobs. */
export interface PersonalDataServices {
  readonly keys: PersonalKeyService;
  readonly roles: PersonalDataRoles;
  readonly schedule: RetentionSchedule;
  readonly retention: RetentionJobs;
  /** Where a retention worker opens the store and the keys again. */
  readonly files: { readonly eventStore: string; readonly keys: string };
}
