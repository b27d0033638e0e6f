/** How far one cell goes: the log size, and the time caps that turn a run into a sample. */
export interface CellPlan {
  readonly size: number;
  /** Cap on filling the log with 100-event appends. */
  readonly fillCapSeconds: number;
  /** Cap on the 10- and 1-event append runs made on top of the filled log. */
  readonly sampleCapSeconds: number;
}
