// Relay throughput: events per second from the SQLite log to an acknowledged Kafka topic
// (acks from all in-sync replicas, idempotent producer, checkpoint saved after each ack).
// The log is filled first (not timed); then a relay starts from position 0 and the clock
// runs until its checkpoint reaches the head. Batched (the default, 500 per request) vs one
// event per request, to show what batching buys.
// Needs a broker: $KAFKA_BROKERS, or the local one from infra/kafka (started and stopped here).
// Env: BENCH_RELAY_EVENTS=50000  BENCH_RELAY_UNBATCHED_EVENTS=5000
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getSqliteCheckpointStore, getSqliteEventStore, type NewEvent } from '@ladder/event-store';
import { createKafka, parseBrokers, startRelay, topicsFor } from '@ladder/messaging';
import { ensureBroker } from '@ladder/messaging/testing/local-broker';

const events = Number(process.env.BENCH_RELAY_EVENTS ?? 50_000);
const unbatchedEvents = Number(process.env.BENCH_RELAY_UNBATCHED_EVENTS ?? 5_000);
const STAFF = 500;

const training = (i: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'TrainingCompleted',
  schemaVersion: 1,
  effectiveAt: '2024-06-01T00:00:00.000Z',
  actor: { id: 'bench', role: 'hr' },
  correlationId: randomUUID(),
  causationId: null,
  data: { course: `Safeguarding refresher ${i}`, completedOn: '2024-06-01' },
});

interface Result {
  readonly label: string;
  readonly events: number;
  readonly seconds: number;
  readonly perSecond: number;
}

const measure = async (
  label: string,
  count: number,
  maxBatch: number,
  brokers: string,
): Promise<Result> => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-relay-bench-'));
  const store = getSqliteEventStore({ path: join(dir, 'events.sqlite') });
  try {
    // 100-event appends, round-robin over the staff streams (the appends are not timed).
    for (let i = 0; i < count; i += 100) {
      const batch = Array.from({ length: Math.min(100, count - i) }, (_, j) => training(i + j));
      const appended = await store.append(`staff-bench-${(i / 100) % STAFF}`, batch);
      if (appended._tag === 'Left') throw new Error(appended.left.code);
    }
    const head = await store.headPosition();
    const checkpoints = getSqliteCheckpointStore({ path: join(dir, 'bridge.sqlite') });
    const kafka = createKafka({ brokers: parseBrokers(brokers), clientId: 'relay-bench' });
    const started = process.hrtime.bigint();
    const relay = await startRelay({
      store,
      kafka,
      checkpoints,
      topics: topicsFor(`bench.${Date.now().toString(36)}.${label}.`),
      maxBatch,
    });
    await relay.published(head);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await relay.stop();
    await checkpoints.close();
    return { label, events: count, seconds, perSecond: count / seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

const broker = ensureBroker();
try {
  console.log(
    `kafka relay bench, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, brokers ${broker.brokers}`,
  );
  const results = [
    await measure('batched', events, 500, broker.brokers),
    await measure('unbatched', unbatchedEvents, 1, broker.brokers),
  ];
  console.log('| relay | events | seconds | events/s |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of results)
    console.log(
      `| ${r.label === 'batched' ? '500 per request' : '1 per request'} | ${r.events.toLocaleString('en-GB')} | ${r.seconds.toFixed(2)} | ${Math.round(r.perSecond).toLocaleString('en-GB')} |`,
    );
  const [batched, unbatched] = results;
  if (batched !== undefined && unbatched !== undefined)
    console.log(
      `batching ratio: ${(batched.perSecond / unbatched.perSecond).toFixed(1)}× the events/s of one event per request`,
    );
} finally {
  broker.stop();
}
