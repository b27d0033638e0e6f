import * as t from 'io-ts';
import { FrameworkDocument } from '../frameworks/document';
import { defineCommand, type CommandOf } from './define';

/** Publishes the next version of a family's career framework (version 1 adds the family). */
export const PublishCareerFramework = defineCommand(
  'PublishCareerFramework',
  t.type({ document: FrameworkDocument }),
);

export const frameworkCommands = { PublishCareerFramework } as const;
export type FrameworkCommand = CommandOf<typeof PublishCareerFramework>;
export const FrameworkCommand = PublishCareerFramework.codec;
