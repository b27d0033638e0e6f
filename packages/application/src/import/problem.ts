/** Why a row (or the header, line 1) was refused: where it is and what is wrong, in words. */
export interface RowProblem {
  readonly line: number;
  /** The column at fault; null when the row as a whole is (wrong field count, a refusal). */
  readonly column: string | null;
  readonly reason: string;
}
