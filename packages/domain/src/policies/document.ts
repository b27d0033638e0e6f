import * as t from 'io-ts';
import { JobFamily } from '../frameworks/codes';
import { PositiveInteger } from '../primitives/numbers';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { Criterion } from './criterion';

/** A versioned progression policy for one job family: data, published as an event. */
export const PolicyDocument = t.type(
  {
    family: JobFamily,
    version: PositiveInteger,
    /** The first date on which this version decides eligibility. */
    effectiveFrom: IsoDate,
    title: NonEmptyString,
    /** Where the rules come from (job description, evaluation reference). */
    source: NonEmptyString,
    criteria: t.array(Criterion),
  },
  'PolicyDocument',
);
export type PolicyDocument = t.TypeOf<typeof PolicyDocument>;

/** How a verdict names the policy it used. */
export const PolicyRef = t.type({ family: JobFamily, version: t.number, effectiveFrom: IsoDate });
export type PolicyRef = t.TypeOf<typeof PolicyRef>;
