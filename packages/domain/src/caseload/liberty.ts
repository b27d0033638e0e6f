import * as t from 'io-ts';

/**
 * Why a case is "likely to affect the liberty of clients" (Bexley): care or court
 * proceedings, secure accommodation, or a deprivation of liberty. Any one makes it
 * liberty-affecting.
 */
export const LibertyFlag = t.keyof(
  {
    'care-or-court-proceedings': null,
    'secure-accommodation': null,
    'deprivation-of-liberty': null,
  },
  'LibertyFlag',
);
export type LibertyFlag = t.TypeOf<typeof LibertyFlag>;

export const isLibertyAffecting = (flags: readonly LibertyFlag[]): boolean => flags.length > 0;
