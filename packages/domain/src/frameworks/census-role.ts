import * as t from 'io-ts';

/**
 * The DfE children's social work workforce census role a grade is returned under (the
 * census counts case holders, senior practitioners and managers apart), or
 * `not-a-social-worker` for posts outside the census, such as family workers.
 */
export const CensusRole = t.keyof(
  {
    'case-holder': null,
    'senior-practitioner': null,
    'first-line-manager': null,
    'middle-manager': null,
    'senior-manager': null,
    'qualified-without-cases': null,
    'not-a-social-worker': null,
  },
  'CensusRole',
);
export type CensusRole = t.TypeOf<typeof CensusRole>;
