import type { AuditEntry } from '../../api/audit-types';
import { SummaryList } from '../../components/SummaryList';

const Code = ({ text }: { readonly text: string | null }) =>
  text === null ? <>none</> : <code className="ladder-break">{text}</code>;

/** An event's whole envelope as the store holds it: where, who, why, the chain, the data. */
export const Envelope = ({ entry }: { readonly entry: AuditEntry }) => (
  <SummaryList
    rows={[
      { key: 'Stream', value: <Code text={entry.streamName} /> },
      { key: 'Revision in the stream', value: String(entry.revision) },
      { key: 'Global position', value: entry.position },
      { key: 'Event id', value: <Code text={entry.eventId} /> },
      { key: 'Type (schema version)', value: `${entry.type} (v${entry.schemaVersion})` },
      { key: 'Recorded at', value: entry.recordedAt },
      { key: 'Effective at', value: entry.effectiveAt },
      { key: 'Recorded by', value: `${entry.actor.id} (${entry.actor.role})` },
      { key: 'Reason given', value: entry.reason ?? 'none' },
      { key: 'Correlation id', value: <Code text={entry.correlationId} /> },
      { key: 'Causation id', value: <Code text={entry.causationId} /> },
      { key: 'Retracts', value: <Code text={entry.retracts} /> },
      { key: 'Retracted by', value: <Code text={entry.retractedBy} /> },
      { key: 'Hash', value: <Code text={entry.hash} /> },
      { key: 'Previous hash', value: <Code text={entry.previousHash} /> },
      {
        key: 'Personal data',
        value: entry.hadPersonalData
          ? 'Held apart, encrypted for this person (not shown in the trail)'
          : 'None recorded',
      },
      {
        key: 'Data',
        value: <pre className="ladder-data">{JSON.stringify(entry.data, null, 2)}</pre>,
      },
    ]}
  />
);
