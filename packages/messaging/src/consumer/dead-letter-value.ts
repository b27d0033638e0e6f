// A rejected message is copied to the dead-letter topic for an operator to read, but a topic
// cannot be erased message by message: so the copy never carries a `personal` part. Ladder's
// inbound contract has none; a sender that adds one (a name, say) gets it dropped here.

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

/** The value to dead-letter: the message's own bytes, less any `personal` part of its JSON. */
export const deadLetterValue = (value: Buffer | null): Buffer | null => {
  if (value === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch {
    return value; // not JSON: the reason header says so, the bytes are what was sent
  }
  if (!isRecord(parsed) || !('personal' in parsed)) return value;
  const { personal: _dropped, ...rest } = parsed;
  return Buffer.from(JSON.stringify({ ...rest, personal: { dropped: true } }), 'utf8');
};
