import { randomUUID } from 'node:crypto';

export const correlationHeader = 'x-correlation-id';

// Accept a caller's id only if it is a sane token; anything else gets a fresh one.
export const acceptable = /^[A-Za-z0-9._:-]{1,200}$/;

export const correlationIdFrom = (header: string | string[] | undefined): string =>
  typeof header === 'string' && acceptable.test(header) ? header : randomUUID();
