import { useCallback, useRef, useState } from 'react';
import { randomId, type Answer } from '../api/client';
import type { Problem } from '../api/problem';

export interface Submission<T> {
  readonly sending: boolean;
  readonly problem: Problem | null;
  readonly done: T | null;
  /** Sends once: a second call while the first is in flight is ignored. */
  readonly submit: (send: (idempotencyKey: string) => Promise<Answer<T>>) => Promise<void>;
}

/**
 * One write per submission. The form's key is made when it is first sent and kept until the
 * server answers, so a retry after a lost answer replays rather than writes again; the guard is
 * a ref, not state, so a double click in one frame cannot start a second request.
 */
export const useSubmission = <T>(): Submission<T> => {
  const inFlight = useRef(false);
  const key = useRef<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<T | null>(null);

  const submit = useCallback(async (send: (idempotencyKey: string) => Promise<Answer<T>>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    key.current ??= randomId('form');
    const answer = await send(key.current);
    // No answer at all: keep the key, so sending again is the same submission.
    if (answer.ok || answer.problem.status !== 0) key.current = null;
    if (answer.ok) {
      setProblem(null);
      setDone(answer.body);
    } else setProblem(answer.problem);
    inFlight.current = false;
    setSending(false);
  }, []);

  return { sending, problem, done, submit };
};
