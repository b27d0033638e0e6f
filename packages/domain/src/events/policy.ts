import { PolicyDocument } from '../policies/document';
import { IsoDate } from '../primitives/time';
import { defineEvent, type EventOf } from './define';
import { exactType } from './exact';

/** A new version of a family's progression policy; once published it never changes. */
export const PolicyVersionPublished = defineEvent(
  'PolicyVersionPublished',
  1,
  exactType({ document: PolicyDocument, publishedOn: IsoDate }),
);

export const policyEventDefinitions = [PolicyVersionPublished] as const;
export type PolicyEvent = EventOf<(typeof policyEventDefinitions)[number]>;
