import * as t from 'io-ts';

// A case as Ladder sees it is a reference, never a child: no name, no date of birth, nothing
// that identifies a person (those stay in the council's case-recording system). The format
// keeps it a reference: up to four capital letters, an optional dash, then 4–10 digits
// (`CIN-004211`, `LAC0012345`), so free text such as a name cannot be typed into it.

export const CASE_REFERENCE_PATTERN = /^[A-Z]{1,4}-?[0-9]{4,10}$/;

export interface CaseReferenceBrand {
  readonly CaseReference: unique symbol;
}
export const CaseReference = t.brand(
  t.string,
  (s): s is t.Branded<string, CaseReferenceBrand> => CASE_REFERENCE_PATTERN.test(s),
  'CaseReference',
);
export type CaseReference = t.TypeOf<typeof CaseReference>;
