import type { Tier } from './run-selection';

// What the tests need from outside npm, as Debian packages. The test command installs the
// missing ones itself (see global-setup.ts); `.ci/run` relies on the same path.

export interface Prerequisite {
  /** The program the tests run; missing from PATH means the package is needed. */
  readonly binary: string;
  readonly debianPackage: string;
  /** Why the tests need it, printed when it is installed or missing. */
  readonly neededFor: string;
  /** Test folders whose tests use it (matched against vitest's file filters). */
  readonly folders: RegExp;
  /** The lowest tier that uses it: 'integration' is skipped by `pnpm test:unit`. */
  readonly tier: Tier;
}

export const prerequisites: readonly Prerequisite[] = [
  {
    binary: 'kcat',
    debianPackage: 'kcat',
    neededFor: 'the relay test reads what Ladder publishes with an outside Kafka client',
    folders: /messaging/,
    tier: 'integration',
  },
  {
    binary: 'chromium',
    debianPackage: 'chromium',
    neededFor:
      "the browser tests drive Debian's Chromium with playwright-core (no browser download)",
    folders: /services\/web/,
    tier: 'integration',
  },
  {
    binary: 'xmllint',
    debianPackage: 'libxml2-utils',
    neededFor:
      "the census return (CSWW) is validated against Ladder's XSD with xmllint --schema before it is offered",
    folders: /packages\/census|services\/api|services\/cli|services\/web/,
    tier: 'integration',
  },
];
