// Vitest global setup: installs what the selected tests need from outside npm (Debian
// packages, see prerequisites.ts) before any test runs. When a program is missing and this
// process is root with apt-get, it installs the package; otherwise it stops the run at once
// with the one command to run. A run that selects no test needing a program skips it.
import { abilities, aptInstall, onPath } from './machine';
import { planFor } from './plan';
import { prerequisites } from './prerequisites';
import { currentRun, reaches } from './run-selection';

export default function setup(): void {
  const run = currentRun();
  const missing = prerequisites.filter((p) => reaches(run, p.folders, p.tier) && !onPath(p.binary));
  const plan = planFor(missing, abilities());
  if (plan.kind === 'ready') return;
  const why = missing.map((p) => `  ${p.binary} (${p.debianPackage}): ${p.neededFor}`).join('\n');
  if (plan.kind === 'ask')
    throw new Error(
      `The tests need programs this machine lacks:\n${why}\nInstall them with:\n  ${plan.command}`,
    );
  console.log(`prerequisites: installing ${plan.packages.join(' ')}, because\n${why}`);
  aptInstall(plan.packages);
  const still = missing.filter((p) => !onPath(p.binary)).map((p) => p.binary);
  if (still.length > 0)
    throw new Error(`apt-get finished but ${still.join(', ')} is still not on PATH`);
}
