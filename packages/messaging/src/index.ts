// Kafka for Ladder: the outbox relay (integration events out), the fact consumers (training
// completions and vacancies in), and the public contract both sides speak (docs/kafka.md).

export { topicsFor, type PublishedKind, type Topics } from './contract/topics';
export { deadLetterHeaders, eventHeaders } from './contract/headers';
export { AggregateKind, IntegrationEvent, PublicData } from './contract/integration-event';
export { TrainingCompletionMessage } from './contract/training-completion';
export { VacancyMessage, decodeVacancyMessage } from './contract/vacancy-message';
export { describeErrors } from './contract/describe-errors';

export { createKafka, parseBrokers, type KafkaOptions } from './kafka/client';
export { ensureTopics, type TopicSpec } from './kafka/ensure-topics';

export { toOutboundMessage, type OutboundMessage } from './relay/to-outbound-message';
export { startRelay, type Relay, type RelayLog, type RelayOptions } from './relay/relay';

export type { Applied, FactHandler, Rejection } from './consumer/fact-handler';
export { applyOnce, type ApplyOnceInput } from './consumer/apply-once';
export {
  startFactConsumer,
  type FactConsumer,
  type FactConsumerOptions,
  type FactOutcome,
} from './consumer/fact-consumer';
export {
  learningSystemActor,
  trainingCompletionHandler,
  type InboundOptions,
} from './consumer/training-completion-handler';
export { recruitmentActor, vacancyHandler } from './consumer/vacancy-handler';
