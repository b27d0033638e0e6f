import type { Prerequisite } from './prerequisites';

// The decision, apart from the machine: what to do about the prerequisites found missing.

export type Plan =
  | { readonly kind: 'ready' }
  | { readonly kind: 'install'; readonly packages: readonly string[] }
  | { readonly kind: 'ask'; readonly packages: readonly string[]; readonly command: string };

export interface Abilities {
  /** Running as root, so apt-get may install without a password prompt. */
  readonly root: boolean;
  readonly aptGet: boolean;
}

const packagesOf = (missing: readonly Prerequisite[]): string[] => [
  ...new Set(missing.map((p) => p.debianPackage)),
];

/** The one command a person runs to install `packages` (with sudo unless already root). */
export const installCommand = (packages: readonly string[], root: boolean): string => {
  const sudo = root ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
};

export const planFor = (missing: readonly Prerequisite[], can: Abilities): Plan => {
  const packages = packagesOf(missing);
  if (packages.length === 0) return { kind: 'ready' };
  if (can.root && can.aptGet) return { kind: 'install', packages };
  return { kind: 'ask', packages, command: installCommand(packages, can.root) };
};
