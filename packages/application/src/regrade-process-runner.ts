import * as E from 'fp-ts/Either';
import { decodeEvent, isRegradeEvent, reactToRegradeEvent } from '@ladder/domain';
import type { RecordedEvent } from '@ladder/event-store';
import { followLog, type Fail, type ProcessDeps, type RunningProcess } from './process-follower';
import { causeOf, sendAll, undecodable } from './process-reaction';

export const REGRADE_PROCESS = 'regrade-process';

export type RegradeProcess = RunningProcess;

/**
 * Carries a completed regrade across streams: on `RegradeCompleted` it changes the grade on
 * the staff stream and fills the vacancy. Commands carry ids derived from the causing event,
 * so after a crash the process re-sends from its checkpoint and nothing happens twice.
 */
export const startRegradeProcess = (deps: ProcessDeps): Promise<RegradeProcess> => {
  const { store } = deps;
  const react = async (recorded: RecordedEvent, fail: Fail): Promise<void> => {
    const decoded = decodeEvent(recorded);
    if (E.isLeft(decoded)) return fail(undecodable(recorded, decoded.left.message));
    if (!isRegradeEvent(decoded.right))
      return fail(undecodable(recorded, `${recorded.type} is not a regrade event`));
    const cause = causeOf(recorded);
    if (E.isLeft(cause)) return fail(undecodable(recorded, cause.left));
    await sendAll(
      store,
      recorded,
      reactToRegradeEvent({ ...cause.right, event: decoded.right }),
      fail,
    );
  };
  return followLog({
    ...deps,
    name: REGRADE_PROCESS,
    reactsTo: (event) => event.type === 'RegradeCompleted',
    react,
  });
};
