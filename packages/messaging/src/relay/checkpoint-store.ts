/** Where a relay remembers the last global position the broker acknowledged. */
export interface CheckpointStore {
  /** The stored position, or 0n when this name has none yet (read from the start). */
  load(name: string): Promise<bigint>;
  /** Durable once the promise resolves. */
  save(name: string, position: bigint): Promise<void>;
  close(): Promise<void>;
}
