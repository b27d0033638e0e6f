import { FrameworkDocument } from '../frameworks/document';
import { IsoDate } from '../primitives/time';
import { defineEvent, type EventOf } from './define';
import { exactType } from './exact';

/** A new version of a family's career framework; once published it never changes. */
export const CareerFrameworkPublished = defineEvent(
  'CareerFrameworkPublished',
  1,
  exactType({ document: FrameworkDocument, publishedOn: IsoDate }),
);

export const frameworkEventDefinitions = [CareerFrameworkPublished] as const;
export type FrameworkEvent = EventOf<(typeof frameworkEventDefinitions)[number]>;
