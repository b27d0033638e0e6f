import {
  isPolicyEvent,
  isRegradeEvent,
  isStaffEvent,
  isVacancyEvent,
  policyDecider,
  regradeDecider,
  staffDecider,
  vacancyDecider,
} from '@ladder/domain';
import * as E from 'fp-ts/Either';
import type { EventStore } from '@ladder/event-store';
import type { ReadSide } from '../read-side/read-side';
import type { LadderServices } from '../services';
import { makeEligibility } from './eligibility';
import { loadStream, readWhole } from './load-stream';
import { makeRunCommand } from './run-command';

/** The Ladder services over one event store and its read models. */
export const wireServices = (
  store: EventStore,
  read: ReadSide,
  now: () => Date,
): LadderServices => {
  const load: LadderServices['load'] = {
    staff: (id) => loadStream(store, staffDecider, isStaffEvent, `staff-${id}`),
    vacancy: (id) => loadStream(store, vacancyDecider, isVacancyEvent, `vacancy-${id}`),
    regrade: (id) => loadStream(store, regradeDecider, isRegradeEvent, `regrade-${id}`),
    policy: (family) => loadStream(store, policyDecider, isPolicyEvent, `policy-${family}`),
  };
  return {
    run: {
      staff: makeRunCommand(store, staffDecider, isStaffEvent),
      vacancy: makeRunCommand(store, vacancyDecider, isVacancyEvent),
      regrade: makeRunCommand(store, regradeDecider, isRegradeEvent),
      policy: makeRunCommand(store, policyDecider, isPolicyEvent),
    },
    load,
    eligibility: makeEligibility(store, load, now),
    read,
    history: async (staffId) => E.right(await readWhole(store, `staff-${staffId}`)),
    now,
  };
};
