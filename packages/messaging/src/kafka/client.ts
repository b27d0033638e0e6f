import { Kafka, logLevel, type LogEntry } from 'kafkajs';

export interface KafkaOptions {
  /** `host:port` list, e.g. from `$KAFKA_BROKERS` (comma-separated). */
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Where kafkajs's warnings and errors go; silent when omitted. */
  readonly log?: (entry: { level: string; message: string; extra: unknown }) => void;
}

/** Reads `$KAFKA_BROKERS`-style text: `host:port[,host:port…]`. */
export const parseBrokers = (text: string): string[] =>
  text
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);

const levelName: Record<number, string> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

export const createKafka = (options: KafkaOptions): Kafka => {
  const log = options.log;
  return new Kafka({
    brokers: [...options.brokers],
    clientId: options.clientId,
    logLevel: log === undefined ? logLevel.NOTHING : logLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        if (log === undefined) return;
        const { message, ...extra } = entry;
        log({ level: levelName[level] ?? 'info', message, extra });
      },
    retry: { initialRetryTime: 200, retries: 8 },
  });
};
