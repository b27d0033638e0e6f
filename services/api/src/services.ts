import type { EventStore } from '@ladder/event-store';
import type { PersonalDataServices } from './personal-data/services';
import type { ReadSide } from './read-side/read-side';

/**
 * What the Ladder routes use: the store the application's use cases run over, the read
 * models behind the planners' and auditors' queries, and the edge's clock.
 */
export interface LadderServices {
  readonly store: EventStore;
  readonly read: ReadSide;
  /** The edge's clock: commands are stamped with it (tests pin it). */
  readonly now: () => Date;
  /** Keys, roles, the retention schedule and jobs behind the personal-data routes. */
  readonly personal: PersonalDataServices;
  /** The council's DfE local authority number for the census return; null when not set. */
  readonly laCode: string | null;
}
