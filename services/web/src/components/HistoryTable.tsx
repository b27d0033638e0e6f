import type { RecordedEvent } from '../api/types';
import { Table } from './Table';
import { Tag } from './Tag';

/** "QualificationRecorded" reads "qualification recorded": the event type in words. */
const inWords = (type: string): string => type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** When the store accepted it, to the minute, in UTC as recorded. */
const instant = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Recorded events as the API answers them, oldest first: when, what, by whom, and standing. */
export const HistoryTable = (props: {
  readonly caption: string;
  readonly events: readonly RecordedEvent[];
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
      {
        header: 'Retracted',
        cell: (e) => (e.retracted ? <Tag text="Retracted" colour="grey" /> : 'No'),
      },
    ]}
  />
);
