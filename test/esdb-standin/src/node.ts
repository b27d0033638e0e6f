// What every service handler of one stand-in node shares: the log (possibly shared with
// other nodes of a stand-in cluster), fault injection, and who the leader is.
import { status } from '@grpc/grpc-js';
import type { Metadata, StatusObject } from '@grpc/grpc-js';
import type { FaultableMethod, FaultState } from './faults';
import type { Log, ProposedEvent } from './log';
import { rpcError, unavailable } from './messages';

export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

export interface NodeContext {
  readonly log: Log;
  readonly faults: FaultState;
  /** The leader to send writers to; null while this node is the leader. */
  readonly redirect: () => Endpoint | null;
  /** Called after each successful user write (the stand-in may add system events). */
  readonly afterWrite: () => void;
  /** Every call's method and `authorization` header, for tests about credentials. */
  readonly calls: CallRecord[];
}

export interface CallRecord {
  readonly method: FaultableMethod;
  readonly authorization: string | null;
}

/**
 * Why this call must be refused, if it must: a planned fault, or a leader-only call on a
 * follower. The follower answers as the server does (RpcExceptions.cs): NOT_FOUND with
 * `exception=not-leader` and the leader's endpoint in trailing metadata.
 */
export const refusal = (
  context: NodeContext,
  method: FaultableMethod,
  metadata: Metadata,
): Partial<StatusObject> | null => {
  const authorization = metadata.get('authorization')[0];
  context.calls.push({
    method,
    authorization: typeof authorization === 'string' ? authorization : null,
  });
  if (context.faults.shouldFail(method)) return unavailable(`${method} failed (fault injection)`);
  const leader = context.redirect();
  if (leader !== null && metadata.get('requires-leader')[0] === 'true')
    return rpcError(status.NOT_FOUND, 'Leader info available', 'not-leader', {
      'leader-endpoint-host': leader.host,
      'leader-endpoint-port': String(leader.port),
    });
  return null;
};

/** A system event like the ones the server writes itself (`$`-prefixed type and stream). */
export const systemEvent = (type: string): ProposedEvent => ({
  eventId: crypto.randomUUID(),
  type,
  contentType: 'application/json',
  data: Buffer.from(JSON.stringify({ writtenBy: 'esdb-standin' })),
  customMetadata: new Uint8Array(),
});
