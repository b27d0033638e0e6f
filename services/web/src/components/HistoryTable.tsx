import type { RecordedEvent } from '../api/types';
import { Table, type Column } from './Table';

/** "QualificationRecorded" reads "qualification recorded": the event type in words. */
export const inWords = (type: string): string =>
  type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** When the store accepted it, to the minute, in UTC as recorded. */
const instant = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * Recorded events as the API answers them, in the order recorded: when, true from when, what,
 * by whom — then what the page adds (a person's: retracted or not; a case's: the reason given).
 */
export const HistoryTable = <R extends RecordedEvent>(props: {
  readonly caption: string;
  readonly events: readonly R[];
  readonly last: Column<R>;
  /** Columns after `last` (HR's record: what the fact says, a retraction link). */
  readonly more?: readonly Column<R>[];
}) => (
  <Table
    caption={props.caption}
    rows={props.events}
    rowKey={(e) => e.eventId}
    columns={[
      { header: 'Recorded at', cell: (e) => instant(e.recordedAt) },
      { header: 'Effective', cell: (e) => e.effectiveAt.slice(0, 10) },
      { header: 'What', cell: (e) => inWords(e.type) },
      { header: 'Recorded by', cell: (e) => `${e.actor.id} (${e.actor.role})` },
      props.last,
      ...(props.more ?? []),
    ]}
  />
);
