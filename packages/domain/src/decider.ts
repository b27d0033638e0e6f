import type { Either } from 'fp-ts/Either';
import type { DomainError } from './errors';

/** What a decider may know about an event beyond its payload: its id in the store. */
export interface EventMeta {
  readonly eventId: string;
}

/**
 * An aggregate's rules: `decide` turns a command into new events or a refusal; `evolve`
 * folds an event into the state. Retractions name event ids, so `evolve` takes the event's
 * id when the caller has it (always, when folding recorded events: see `hydrate`).
 */
export interface Decider<Command, Event, State> {
  readonly decide: (command: Command, state: State) => Either<DomainError, readonly Event[]>;
  readonly evolve: (state: State, event: Event, meta?: EventMeta) => State;
  readonly initialState: State;
}
