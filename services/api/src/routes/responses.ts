import * as t from 'io-ts';
import { Verdict } from '@ladder/domain';

// Response shapes for the OpenAPI document, as codecs like everything else it shows.

/** What every write answers: the stream it wrote, its new revision (also the ETag), the event ids. */
export const WrittenReply = t.type(
  { streamName: t.string, revision: t.string, eventIds: t.array(t.string) },
  'WrittenReply',
);

export const RegradeRequestedReply = t.intersection([
  WrittenReply,
  t.type({ caseId: t.string, verdict: t.union([Verdict, t.null]) }),
  t.partial({ assessmentError: t.string }),
]);

const CountRow = t.intersection([
  t.type({ group: t.record(t.string, t.string), count: t.number }),
  t.partial({
    fte: t.number,
    oldestDaysOpen: t.number,
    eligible: t.number,
    notEligible: t.number,
    overdue: t.number,
  }),
]);

export const CountsReply = t.type({
  asOf: t.string,
  groupBy: t.array(t.string),
  total: t.number,
  rows: t.array(CountRow),
});

export { Verdict };
