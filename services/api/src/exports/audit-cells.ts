import type { Cell } from '@ladder/application';
import type { AuditEntry } from '@ladder/projections';

/** The audit trail's columns: the envelope, the hash chain, and the payload as JSON. */
export const auditHeader: readonly string[] = [
  'position',
  'event_id',
  'stream',
  'revision',
  'staff_id',
  'type',
  'schema_version',
  'recorded_at',
  'effective_at',
  'actor_id',
  'actor_role',
  'reason',
  'correlation_id',
  'causation_id',
  'retracts',
  'retracted_by',
  'had_personal_data',
  'hash',
  'previous_hash',
  'data',
];

export const auditCells = (e: AuditEntry): readonly Cell[] => [
  e.position,
  e.eventId,
  e.streamName,
  e.revision,
  e.staffId,
  e.type,
  e.schemaVersion,
  e.recordedAt,
  e.effectiveAt,
  e.actor.id,
  e.actor.role,
  e.reason,
  e.correlationId,
  e.causationId,
  e.retracts,
  e.retractedBy,
  e.hadPersonalData,
  e.hash,
  e.previousHash,
  JSON.stringify(e.data),
];
