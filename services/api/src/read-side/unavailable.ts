import * as E from 'fp-ts/Either';
import { apiError } from '../http/problem';
import type { ReadSide } from './read-side';

/** A read side with no read models behind it: every query is a 503. */
export const unavailableReadSide = (): ReadSide => {
  const no = () =>
    Promise.resolve(E.left(apiError('unavailable', 'the read models are not running')));
  return {
    headcount: no,
    vacancies: no,
    pipeline: no,
    expiring: no,
    regrades: no,
    auditTrail: no,
    verifyChain: no,
  };
};
