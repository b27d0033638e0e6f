// A JSON body nested thousands of levels deep parses fine, then overflows the stack of every
// recursive walk after it (a fingerprint's JSON.stringify, a codec, a canonical form). No Ladder
// body goes deeper than a policy document's criteria, so the edge refuses anything past this.

export const maxBodyDepth = 32;

/**
 * The top-level field under which `value` nests deeper than `max` levels (`body` when the
 * root itself is an array), or null. Walks with its own stack, so the check cannot overflow.
 */
export const tooDeepField = (value: unknown, max: number = maxBodyDepth): string | null => {
  const pending: { readonly value: unknown; readonly depth: number; readonly top: string }[] = [
    { value, depth: 0, top: 'body' },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= max) return next.top;
    const entries = Array.isArray(next.value)
      ? next.value.map((v): [string, unknown] => ['', v])
      : Object.entries(next.value);
    for (const [key, child] of entries)
      pending.push({
        value: child,
        depth: next.depth + 1,
        top: next.depth === 0 && key !== '' ? key : next.top,
      });
  }
  return null;
};
