import * as E from 'fp-ts/Either';
import { describe, it } from 'vitest';
import { StreamId } from '@ladder/domain';
import { fact, projectionSpec } from '../../../test/spec';
import { regradeCasesProjection } from './projection';
import { regradeCases } from './queries';

const manager = { id: 'tm-1', role: 'team-manager' };
const approver = { id: 'hr-2', role: 'hr' };
const regrade = StreamId.regrade;
const requested = (caseId: string, staffId: string, on: string) =>
  fact(regrade(caseId), 'RegradeRequested', {
    caseId,
    staffId,
    jobFamily: 'family-worker',
    fromGrade: 'L1',
    toGrade: 'L2',
    requestedBy: manager,
    requestedOn: on,
  });

const spec = projectionSpec(regradeCasesProjection);

describe('regrade cases: each case and every state it entered', () => {
  it('records the request and each later state with its date, in log order', () => {
    spec
      .given(
        requested('c1', 'fw-1', '2024-06-03'),
        fact(regrade('c1'), 'RegradeApproved', { approvedBy: approver, approvedOn: '2024-06-10' }),
      )
      .then({
        workforce_regrade: [
          {
            stream_id: 'c1',
            case_id: 'c1',
            staff_id: 'fw-1',
            job_family: 'family-worker',
            from_grade: 'L1',
            to_grade: 'L2',
            requested_on: '2024-06-03',
            requested_by: 'tm-1',
            vacancy_id: null,
          },
        ],
        workforce_regrade_state: [
          { stream_id: 'c1', position: 1, state: 'requested', on_date: '2024-06-03' },
          { stream_id: 'c1', position: 2, state: 'approved', on_date: '2024-06-10' },
        ],
      });
  });

  it('answers each case as it stood on a date, with counts and ages per state', () => {
    const given = spec.given(
      requested('c1', 'fw-1', '2024-06-03'),
      fact(regrade('c1'), 'RegradeApproved', { approvedBy: approver, approvedOn: '2024-06-10' }),
      requested('c2', 'fw-2', '2024-06-05'),
      fact(regrade('c2'), 'RegradeRejected', {
        rejectedBy: approver,
        rejectedOn: '2024-06-20',
        reason: 'no positive PDR in the last 12 months',
      }),
    );
    given.thenQuery(
      (db) =>
        E.map((r: { cases: readonly { caseId: string; state: string; ageDays: number }[] }) =>
          r.cases.map((c) => [c.caseId, c.state, c.ageDays]),
        )(regradeCases(db, { asOf: '2024-06-15' })),
      E.right([
        ['c1', 'approved', 12],
        ['c2', 'requested', 10],
      ]),
    );
    given.thenQuery(
      (db) =>
        E.map((r: { byState: readonly { state: string; count: number }[] }) =>
          r.byState.filter((s) => s.count > 0),
        )(regradeCases(db, { asOf: '2024-06-20' })),
      E.right([
        { state: 'approved', count: 1, oldestDays: 17, averageDays: 17 },
        { state: 'rejected', count: 1, oldestDays: 15, averageDays: 15 },
      ]),
    );
  });

  it('a case requested after the date asked about is not yet a case', () => {
    spec
      .given(requested('c1', 'fw-1', '2024-06-03'))
      .thenQuery(
        (db) =>
          E.map((r: { cases: readonly unknown[] }) => r.cases.length)(
            regradeCases(db, { asOf: '2024-06-02' }),
          ),
        E.right(0),
      );
  });
});
