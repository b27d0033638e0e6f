import * as t from 'io-ts';
import { WrittenReply } from './responses';

// Caseload replies (issue 15), as codecs for the OpenAPI document.

const nullableNumber = t.union([t.number, t.null]);

export const CaseWrittenReply = t.intersection(
  [WrittenReply, t.partial({ caseReference: t.string })],
  'CaseWrittenReply',
);

const Refusal = t.union([
  t.type({ code: t.string, category: t.string, rule: t.string, message: t.string }),
  t.null,
]);

const FitReply = t.type({
  staffId: t.string,
  grade: t.string,
  framework: t.type({ family: t.string, version: t.number }),
  verdict: t.keyof({ 'may-hold': null, 'emergency-only': null, 'may-not-hold': null }),
  checks: t.array(t.type({ rule: t.string, holds: t.boolean, message: t.string })),
  refusal: Refusal,
  emergencyRefusal: Refusal,
  caseload: t.type({ casesHeld: t.number, limit: nullableNumber, overLimit: t.boolean }),
  emergencyAllocationHours: t.number,
});

export const AllocationOptionsReply = t.type(
  {
    caseReference: t.string,
    team: t.string,
    complexity: t.number,
    libertyFlags: t.array(t.string),
    holder: t.union([t.string, t.null]),
    asOf: t.string,
    workers: t.array(
      t.union([
        t.type({ staffId: t.string, fit: FitReply }),
        t.type({ staffId: t.string, unjudged: t.string }),
      ]),
    ),
  },
  'AllocationOptions',
);

export const CaseloadReply = t.type(
  {
    asOf: t.string,
    at: t.string,
    workers: t.array(
      t.type({
        staffId: t.string,
        jobFamily: t.string,
        grade: t.string,
        team: t.string,
        fte: t.number,
        cases: t.number,
        libertyAffecting: t.number,
        emergencies: t.number,
        limit: nullableNumber,
        overLimit: t.boolean,
      }),
    ),
    unallocated: t.array(
      t.type({
        caseReference: t.string,
        team: t.string,
        complexity: t.number,
        libertyFlags: t.array(t.string),
        openedOn: t.string,
      }),
    ),
    emergencies: t.array(
      t.type({
        caseReference: t.string,
        team: t.string,
        staffId: t.string,
        grade: t.string,
        reason: t.string,
        startsAt: t.string,
        expiresAt: t.string,
        status: t.keyof({ 'in-force': null, lapsed: null }),
      }),
    ),
    againstRule: t.array(
      t.type({
        caseReference: t.string,
        team: t.string,
        staffId: t.string,
        grade: t.string,
        reason: t.string,
        rule: t.string,
      }),
    ),
    needingReallocation: t.array(
      t.type({
        caseReference: t.string,
        team: t.string,
        staffId: t.string,
        cause: t.string,
        flaggedOn: t.string,
      }),
    ),
  },
  'Caseload',
);

export const TeamCaseloadReply = t.type(
  {
    asOf: t.string,
    teams: t.array(
      t.intersection([
        t.type({
          team: t.string,
          caseHolders: nullableNumber,
          caseHolderFte: nullableNumber,
          cases: nullableNumber,
          caseload: nullableNumber,
          unallocated: t.number,
        }),
        t.partial({ suppressed: t.literal(true) }),
      ]),
    ),
  },
  'TeamCaseload',
);
