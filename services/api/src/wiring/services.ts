import { StreamId, streamNameOf } from '@ladder/domain';
import { aggregates } from '@ladder/application';
import * as E from 'fp-ts/Either';
import type { EventStore } from '@ladder/event-store';
import type { ReadSide } from '../read-side/read-side';
import type { LadderServices } from '../services';
import { makeEligibility } from './eligibility';
import { readWholeStream } from '@ladder/application';
import { loadStream } from './load-stream';
import { makeRunCommand } from './run-command';

/** The Ladder services over one event store and its read models. */
export const wireServices = (
  store: EventStore,
  read: ReadSide,
  now: () => Date,
): LadderServices => {
  const load: LadderServices['load'] = {
    staff: (id) => loadStream(store, aggregates.staff, streamNameOf(StreamId.staff(id))),
    vacancy: (id) => loadStream(store, aggregates.vacancy, streamNameOf(StreamId.vacancy(id))),
    regrade: (id) => loadStream(store, aggregates.regrade, streamNameOf(StreamId.regrade(id))),
    policy: (family) => loadStream(store, aggregates.policy, streamNameOf(StreamId.policy(family))),
  };
  return {
    run: {
      staff: makeRunCommand(store, aggregates.staff),
      vacancy: makeRunCommand(store, aggregates.vacancy),
      regrade: makeRunCommand(store, aggregates.regrade),
      policy: makeRunCommand(store, aggregates.policy),
    },
    load,
    eligibility: makeEligibility(store, load, now),
    read,
    history: async (staffId) =>
      E.right(await readWholeStream(store, streamNameOf(StreamId.staff(staffId)))),
    now,
  };
};
