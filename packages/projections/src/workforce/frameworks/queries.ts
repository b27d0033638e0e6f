import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { FrameworkDocument, type FrameworkCatalogue } from '@ladder/domain';
import { FRAMEWORK } from './projection';

/** Every career framework version the read model holds, oldest first per family. */
export const frameworkCatalogue = (db: Database): FrameworkCatalogue =>
  db
    .prepare<[], { document: string }>(`SELECT document FROM ${FRAMEWORK} ORDER BY family, version`)
    .all()
    .flatMap((r) => {
      const decoded = FrameworkDocument.decode(JSON.parse(r.document));
      return E.isRight(decoded) ? [decoded.right] : [];
    });
