// The port to whatever keeps the per-person data keys, apart from the log. The embedded
// default is a SQLite file of its own (sqlite-keys.ts); a council plugs in its key service
// (Azure Key Vault, AWS KMS, HashiCorp Vault) behind the same few calls — see docs/personal-data.md.

/** One data key: 32 bytes for AES-256-GCM, named by `keyId`, belonging to one person. */
export interface DataKey {
  readonly keyId: string;
  readonly key: Buffer;
}

/** What a reader learns about a key: there, destroyed (and when), or never known here. */
export type KeyLookup =
  | { readonly kind: 'key'; readonly key: Buffer }
  | { readonly kind: 'destroyed'; readonly destroyedAt: string }
  | { readonly kind: 'unknown' };

/** Writing for a person whose personal data was erased as a whole is refused, not re-keyed. */
export type KeyForWriting =
  | { readonly kind: 'key'; readonly key: Buffer }
  | { readonly kind: 'subject-erased'; readonly erasedAt: string };

export interface KeyDestruction {
  /** Keys destroyed by this call (already destroyed ones are not counted again). */
  readonly destroyed: number;
}

export interface PersonalKeyService {
  /** The key `keyId` of `subject`, made (and kept durably) on first use. */
  keyForWriting(subject: string, keyId: string): Promise<KeyForWriting>;
  keyForReading(keyId: string): Promise<KeyLookup>;
  /** Destroys every key of the person and refuses new ones: the erasure of a whole person. */
  destroySubject(subject: string, at: string): Promise<KeyDestruction>;
  /** Destroys one key (one record's personal part, e.g. a DBS certificate's details). */
  destroyKey(keyId: string, at: string): Promise<KeyDestruction>;
  /** The key ids a person holds, destroyed or not (what an erasure or an export covers). */
  keysOf(subject: string): Promise<readonly KeyRecord[]>;
  close(): Promise<void>;
}

export interface KeyRecord {
  readonly keyId: string;
  readonly createdAt: string;
  readonly destroyedAt: string | null;
}
