import type { StaffTimeline } from '../../api/audit-types';
import { Table } from '../../components/Table';
import { StatusTag } from './StatusTag';
import { instantText, typeInWords } from './words';

/** Every event about the person, in the order recorded, each as it stands for the pair. */
export const TimelineTable = ({ timeline }: { readonly timeline: StaffTimeline }) => (
  <Table
    caption={`Events on ${timeline.effectiveOn}, as known at ${timeline.knownAt}`}
    rows={timeline.events}
    rowKey={(e) => e.eventId}
    columns={[
      { header: 'Recorded at', cell: (e) => instantText(e.recordedAt) },
      { header: 'Effective', cell: (e) => e.effectiveAt.slice(0, 10) },
      { header: 'What', cell: (e) => typeInWords(e.type) },
      { header: 'Recorded by', cell: (e) => `${e.actor.id} (${e.actor.role})` },
      { header: 'Reason given', cell: (e) => e.reason ?? '' },
      { header: 'For this pair', cell: (e) => <StatusTag status={e.status} /> },
    ]}
  />
);
