import * as E from 'fp-ts/Either';
import type { Decider } from '../src/decider';
import type { DomainErrorCode } from '../src/errors';

/** A given/when/then spec for one decider: events in, command, events (or a refusal) out. */
export interface Spec<Command, Event> {
  readonly given: (...events: readonly Event[]) => {
    readonly when: (command: Command) => {
      readonly then: (...expected: readonly Event[]) => void;
      readonly thenFails: (code: DomainErrorCode) => void;
    };
  };
}

/** Fails with a message a reader of the rule understands. */
const fail = (message: string): never => {
  throw new Error(message);
};

// Keys sorted, so two events with the same fields compare equal whatever order they were built in.
const sortKeys = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;
const json = (value: unknown): string => JSON.stringify(value, sortKeys, 2);

/**
 * `spec(decider).given(...events).when(command).then(...events)` or `.thenFails(code)`.
 * Events in `given` are folded with ids `given-0`, `given-1`, … so retractions can name them.
 */
export const spec = <Command, Event, State>(
  decider: Decider<Command, Event, State>,
): Spec<Command, Event> => ({
  given: (...events) => ({
    when: (command) => {
      const state = events.reduce(
        (s, e, i) => decider.evolve(s, e, { eventId: `given-${i}` }),
        decider.initialState,
      );
      const result = decider.decide(command, state);
      return {
        then: (...expected) => {
          if (E.isLeft(result))
            return fail(`expected events but the command was refused: ${json(result.left)}`);
          const actual = json(result.right);
          if (actual !== json(expected))
            fail(`expected events:\n${json(expected)}\nbut got:\n${actual}`);
        },
        thenFails: (code) => {
          if (E.isRight(result))
            return fail(`expected refusal ${code} but got events: ${json(result.right)}`);
          if (result.left.code !== code)
            fail(`expected refusal ${code} but got ${json(result.left)}`);
        },
      };
    },
  }),
});
