import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { StreamId, staffCommands, vacancyCommands } from '@ladder/domain';
import { bodyOf, issue, type Issued } from '../use-cases/issue';
import type { RequestMeta } from '../use-cases/request';

type StaffCommands = typeof staffCommands;
type VacancyCommands = typeof vacancyCommands;
type By = Pick<RequestMeta, 'actor' | 'at'>;

/** One command a row becomes, decoded and ready to issue on its aggregate's stream. */
export type PartCommand =
  | {
      readonly aggregate: 'staff';
      readonly stream: StreamId;
      readonly issue: (by: By) => Issued<StaffCommands, keyof StaffCommands>;
    }
  | {
      readonly aggregate: 'vacancy';
      readonly stream: StreamId;
      readonly issue: (by: By) => Issued<VacancyCommands, keyof VacancyCommands>;
    };

/**
 * One of the commands a kind's row becomes: which fields make its body, which field names
 * its stream, and (for a later step such as a vacancy filled) the field that must be present.
 */
export interface CommandPart {
  readonly type: string;
  /** The field whose value names the stream (the person, the manager, the post). */
  readonly streamField: string;
  readonly fields: readonly string[];
  /** The part applies only when this field has a value (e.g. `to` ends line management). */
  readonly when?: string;
  readonly decode: (streamId: string, body: unknown) => t.Validation<PartCommand>;
}

interface PartShape {
  readonly streamField: string;
  readonly fields: readonly string[];
  readonly when?: string;
}

/** A part that is a staff command on the stream of the person the stream field names. */
export const staffPart = <K extends keyof StaffCommands>(
  type: K,
  shape: PartShape,
): CommandPart => ({
  ...shape,
  type,
  decode: (id, body) =>
    E.map((data: t.TypeOf<StaffCommands[K]['body']>): PartCommand => ({
      aggregate: 'staff',
      stream: StreamId.staff(id),
      issue: (by) => issue(staffCommands, type, data, by),
    }))(bodyOf(staffCommands, type).decode(body)),
});

/** A part that is a vacancy command on the stream of the post the stream field names. */
export const vacancyPart = <K extends keyof VacancyCommands>(
  type: K,
  shape: PartShape,
): CommandPart => ({
  ...shape,
  type,
  decode: (id, body) =>
    E.map((data: t.TypeOf<VacancyCommands[K]['body']>): PartCommand => ({
      aggregate: 'vacancy',
      stream: StreamId.vacancy(id),
      issue: (by) => issue(vacancyCommands, type, data, by),
    }))(bodyOf(vacancyCommands, type).decode(body)),
});
