import * as t from 'io-ts';
import { NonEmptyString } from '../primitives/strings';
import { IsoDate } from '../primitives/time';
import { exactPartial } from './exact';
import { Ethnicity, Gender } from '../census/personal-codes';

// Personal and special-category data sits under `personal` in a payload, apart from the
// facts the rules use, so it can be encrypted per person and erased without touching facts.
// The rules never read anything under `personal`.

export const PersonalIdentity = exactPartial({
  name: NonEmptyString,
  dateOfBirth: IsoDate,
  // Special-category data the census asks for (equality monitoring): erasable with the rest.
  gender: Gender,
  ethnicity: Ethnicity,
});
export type PersonalIdentity = t.TypeOf<typeof PersonalIdentity>;

export const PersonalDbs = exactPartial({
  certificateNumber: NonEmptyString,
  /** Anything the certificate disclosed (convictions, cautions): never a fact the rules see. */
  disclosures: t.string,
});
export type PersonalDbs = t.TypeOf<typeof PersonalDbs>;

export const PersonalNotes = exactPartial({ notes: t.string });
export type PersonalNotes = t.TypeOf<typeof PersonalNotes>;
