import type { CommandError } from '../command-error';

/** A refused row's reason in words: the rule it broke, or what went wrong with the store. */
export const describeRefusal = (error: CommandError): string => {
  switch (error.kind) {
    case 'domain':
      return `${error.error.code}: ${error.error.message}`;
    case 'stale':
      return `the record changed while it was written (${error.error.code})`;
    case 'store':
      return `the event store refused it (${error.error.code})`;
    case 'unreadable-stream':
      return `stream ${error.streamName} cannot be read: it needs an operator`;
  }
};
