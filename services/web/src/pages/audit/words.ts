// How the auditor's pages write instants and event types.

/** An instant to the second, in UTC as recorded: "2025-04-01 09:30:12 UTC". */
export const instantText = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

/** "QualificationRecorded" reads "qualification recorded". */
export const typeInWords = (type: string): string =>
  type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Today's date in UTC, as the API's dates are. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
