import type { BoundProjection, ProjectionDefinition } from './runner/definition';

/**
 * One read model made of several projections, each with its own tables and fold, kept under
 * one name, version and checkpoint: the runner, a rebuild and `dumpProjection` see one
 * projection (its tables in the parts' order), while each part can be read, tested and
 * changed on its own. A part's `settle` may be called again after it said it was done.
 */
export const composeProjections = (
  name: string,
  version: number,
  parts: readonly ProjectionDefinition[],
): ProjectionDefinition => ({
  name,
  version,
  tables: parts.flatMap((p) => p.tables),
  create(db, t) {
    for (const p of parts) p.create(db, t);
  },
  queryIndexes: (t) => parts.flatMap((p) => p.queryIndexes?.(t) ?? []),
  bind(db, t): BoundProjection {
    const bound = parts.map((p) => p.bind(db, t));
    const settling = bound.filter((b) => b.settle !== undefined);
    const discarding = bound.filter((b) => b.discard !== undefined);
    return {
      apply(event) {
        for (const b of bound) b.apply(event);
      },
      // Only when a part has work to settle or memory to drop, so the runner sees none otherwise.
      ...(settling.length === 0
        ? {}
        : {
            settle: () => settling.reduce((done, b) => (b.settle?.() ?? true) && done, true),
          }),
      ...(discarding.length === 0
        ? {}
        : {
            discard: () => {
              for (const b of discarding) b.discard?.();
            },
          }),
    };
  },
});
