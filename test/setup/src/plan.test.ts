import { describe, expect, it } from 'vitest';
import { planFor } from './plan';
import type { Prerequisite } from './prerequisites';

const kcat: Prerequisite = {
  binary: 'kcat',
  debianPackage: 'kcat',
  neededFor: 'an outside Kafka client',
  folders: /messaging/,
  tier: 'integration',
};
const xmllint: Prerequisite = { ...kcat, binary: 'xmllint', debianPackage: 'libxml2-utils' };
const xsltproc: Prerequisite = { ...xmllint, binary: 'xsltproc' };

describe('what to do about missing programs', () => {
  it('nothing missing: nothing to do, whoever runs it', () => {
    expect(planFor([], { root: false, aptGet: false })).toEqual({ kind: 'ready' });
  });

  it('root with apt-get: installs each package once', () => {
    expect(planFor([kcat, xmllint, xsltproc], { root: true, aptGet: true })).toEqual({
      kind: 'install',
      packages: ['kcat', 'libxml2-utils'],
    });
  });

  it('not root: asks for the one command, with sudo', () => {
    expect(planFor([kcat], { root: false, aptGet: true })).toEqual({
      kind: 'ask',
      packages: ['kcat'],
      command: 'sudo apt-get update && sudo apt-get install -y kcat',
    });
  });

  it('root without apt-get: asks rather than guessing a package manager', () => {
    expect(planFor([kcat, xmllint], { root: true, aptGet: false })).toEqual({
      kind: 'ask',
      packages: ['kcat', 'libxml2-utils'],
      command: 'apt-get update && apt-get install -y kcat libxml2-utils',
    });
  });
});
