import * as t from 'io-ts';

export interface NonEmptyStringBrand {
  readonly NonEmptyString: unique symbol;
}
/** Text that must say something: names of courses, teams, reasons. */
export const NonEmptyString = t.brand(
  t.string,
  (s): s is t.Branded<string, NonEmptyStringBrand> => s.trim().length > 0,
  'NonEmptyString',
);
export type NonEmptyString = t.TypeOf<typeof NonEmptyString>;

export interface UuidBrand {
  readonly Uuid: unique symbol;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const Uuid = t.brand(
  t.string,
  (s): s is t.Branded<string, UuidBrand> => UUID.test(s),
  'Uuid',
);
export type Uuid = t.TypeOf<typeof Uuid>;
