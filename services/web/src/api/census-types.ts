// The census preview as GET /census/csww/preview answers it (services/api routes/census-replies.ts).

export interface CensusIndicators {
  readonly inPostFte: number;
  readonly inPostHeadcount: number;
  readonly inPostHeadcountByRole: Readonly<Record<string, number>>;
  readonly startersFte: number;
  readonly startersHeadcount: number;
  readonly leaversFte: number;
  readonly leaversHeadcount: number;
  readonly turnoverRateFte: number | null;
  readonly turnoverRateHeadcount: number | null;
  readonly agencyFte: number;
  readonly agencyHeadcount: number;
  readonly agencyRateFte: number | null;
  readonly vacancyFte: number;
  readonly vacancyRateFte: number | null;
  readonly caseHoldersFte: number;
  readonly cases: number | null;
  readonly caseload: number | null;
  readonly workingDaysLost: number;
  readonly absenceRateFte: number | null;
}

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

export interface CensusPreview {
  readonly year: number;
  readonly referenceDate: string;
  readonly knownAt: string;
  readonly schemaYear: number;
  readonly indicators: CensusIndicators;
  readonly lastYear: CensusIndicators;
  readonly national: NationalFigures | null;
  readonly records: number;
  readonly missingCount: number;
  readonly missing:
    | readonly {
        readonly staffId: string;
        readonly sweNo: string | null;
        readonly items: readonly string[];
      }[]
    | null;
}
