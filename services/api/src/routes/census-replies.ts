import * as t from 'io-ts';

// The census preview's reply, as a codec for the OpenAPI document.

const rate = t.union([t.number, t.null]);

export const CensusIndicatorsReply = t.type(
  {
    inPostFte: t.number,
    inPostHeadcount: t.number,
    inPostHeadcountByRole: t.record(t.string, t.number),
    startersFte: t.number,
    startersHeadcount: t.number,
    leaversFte: t.number,
    leaversHeadcount: t.number,
    turnoverRateFte: rate,
    turnoverRateHeadcount: rate,
    agencyFte: t.number,
    agencyHeadcount: t.number,
    agencyRateFte: rate,
    vacancyFte: t.number,
    vacancyRateFte: rate,
    caseHoldersFte: t.number,
    cases: rate,
    caseload: rate,
    workingDaysLost: t.number,
    absenceRateFte: rate,
  },
  'CensusIndicators',
);

export const NationalFiguresReply = t.type(
  {
    year: t.number,
    inPostFte: rate,
    vacancyRateFte: rate,
    agencyRateFte: rate,
    turnoverRateFte: rate,
    caseload: rate,
    absenceRateFte: rate,
    source: t.string,
  },
  'NationalFigures',
);

export const CensusPreviewReply = t.type(
  {
    year: t.number,
    referenceDate: t.string,
    knownAt: t.string,
    schemaYear: t.number,
    indicators: CensusIndicatorsReply,
    lastYear: CensusIndicatorsReply,
    national: t.union([NationalFiguresReply, t.null]),
    records: t.number,
    /** Workers with a mandatory item missing: how many (everyone), and who (HR only). */
    missingCount: t.number,
    missing: t.union([
      t.array(
        t.type({
          staffId: t.string,
          sweNo: t.union([t.string, t.null]),
          items: t.array(t.string),
        }),
      ),
      t.null,
    ]),
  },
  'CensusPreview',
);
