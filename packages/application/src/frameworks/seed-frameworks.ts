import * as E from 'fp-ts/Either';
import { FrameworkCommand, seedFrameworks, StreamId } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import { handleCommand } from '../handle-command';

/** Who publishes the seeds: Ladder's own setup, as an HR admin. */
const SETUP = { id: 'ladder-setup', role: 'hr-admin' };

/**
 * Publishes the seed career frameworks where they are absent: idempotent (each seed version
 * has its own command id, and an identical version already published is a retry), so every
 * start may call it — a store written before frameworks were data gets them on its next start.
 */
export const publishSeedFrameworks = async (store: EventStore, now: Date): Promise<void> => {
  for (const document of seedFrameworks) {
    const command = FrameworkCommand.decode({
      type: 'PublishCareerFramework',
      data: { document },
      actor: SETUP,
      at: now.toISOString(),
    });
    if (E.isLeft(command))
      throw new Error(`seed framework ${document.family} v${document.version} does not decode`);
    const result = await handleCommand(
      store,
      aggregates.framework,
      StreamId.framework(document.family),
      command.right,
      {
        commandId: `seed-framework:${document.family}:${document.version}`,
        correlationId: 'seed-frameworks',
        causationId: null,
      },
    );
    if (E.isLeft(result))
      throw new Error(
        `publishing framework ${document.family} v${document.version}: ${result.left.kind}`,
      );
  }
};
