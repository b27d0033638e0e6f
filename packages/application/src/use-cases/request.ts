import type { ActorRef, IsoDateTime } from '@ladder/domain';
import type { ExpectedRevision } from '@ladder/event-store';

/**
 * Who asks a use case for something, when, and what their envelope says. The HTTP edge
 * builds one per request (from the token, its clock and the headers); any other caller can.
 */
export interface RequestMeta {
  readonly actor: ActorRef;
  /** When it was asked, by the caller's clock: commands are stamped with it. */
  readonly at: IsoDateTime;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** Why, in the caller's words; a reason the command itself carries comes first. */
  readonly reason?: string;
  /** What the caller expects of the stream they act on (If-Match), passed to the append. */
  readonly expectedRevision?: ExpectedRevision;
  /**
   * A key the caller may retry with, already scoped to them. Each command's id derives from
   * it with the stream and the command type (one use case may run several commands), so a
   * retry — even after a crash — finds its own events instead of writing again.
   */
  readonly retryKey?: string;
}
