import * as t from 'io-ts';
import { PolicyDocument } from '../policies/document';
import { defineCommand, type CommandOf } from './define';

/** Publishes the next version of a family's policy; its effective date may not be in the past. */
export const PublishPolicyVersion = defineCommand(
  'PublishPolicyVersion',
  t.type({ document: PolicyDocument }),
);

export const policyCommands = { PublishPolicyVersion } as const;
export type PolicyCommand = CommandOf<typeof PublishPolicyVersion>;
export const PolicyCommand = PublishPolicyVersion.codec;
