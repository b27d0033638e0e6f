// `pnpm test:esdb`: the conformance suite against a REAL EventStoreDB at ESDB_URL.
// Not part of `pnpm test` (its file is not named *.test.ts); it refuses to run without a server.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

if ((process.env['ESDB_URL'] ?? '') === '')
  throw new Error(
    'ESDB_URL is not set. `pnpm test:esdb` runs the event-store conformance suite against a real ' +
      'EventStoreDB, e.g. `docker compose -f infra/compose.yaml up -d eventstoredb` then ' +
      '`ESDB_URL="esdb://localhost:2113?tls=false" pnpm test:esdb`. ' +
      '(`pnpm test` covers the adapter against the protocol-level stand-in instead.)',
  );

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['esdb.real-server.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
