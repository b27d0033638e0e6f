/**
 * England's published figures, to set a council's own beside (FTE; rates in %). Null where
 * the sources found did not give the figure. Sources: DfE "Children's social work workforce"
 * (explore-education-statistics.service.gov.uk, csww_indicators_2017_to_2023.csv, 2023 row);
 * for 2024 the press reports of the release (Children & Young People Now, Community Care
 * 25 March 2025) — the 2024 in-post FTE and vacancy rate were not in them.
 */
export interface NationalFigures {
  readonly year: number;
  readonly inPostFte: number | null;
  readonly vacancyRateFte: number | null;
  readonly agencyRateFte: number | null;
  readonly turnoverRateFte: number | null;
  readonly caseload: number | null;
  readonly absenceRateFte: number | null;
  readonly source: string;
}

export const nationalFigures: readonly NationalFigures[] = [
  {
    year: 2023,
    inPostFte: 33119.1,
    vacancyRateFte: 18.9,
    agencyRateFte: 17.8,
    turnoverRateFte: 15.9,
    caseload: 16.0,
    absenceRateFte: 3.2,
    source:
      'DfE, Children’s social work workforce, csww_indicators_2017_to_2023.csv, England row for 30 September 2023',
  },
  {
    year: 2024,
    inPostFte: null,
    vacancyRateFte: null,
    agencyRateFte: 16.2,
    turnoverRateFte: 13.8,
    caseload: 15.4,
    absenceRateFte: null,
    source:
      'DfE, Children’s social work workforce 2024, as reported by Children & Young People Now and Community Care (25 March 2025)',
  },
];

/** The latest England figures published for the year or before it. */
export const nationalFor = (year: number): NationalFigures | null =>
  [...nationalFigures].reverse().find((n) => n.year <= year) ?? null;
