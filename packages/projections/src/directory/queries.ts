import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { checkLimit, invalidQuery, type InvalidQuery } from '../query-error';
import { STAFF } from './projection';

export interface DirectoryEntry {
  readonly staffId: string;
  /** As given on joining (personal data: HR admins and the person's manager only). */
  readonly name: string | null;
  readonly jobFamily: string;
  readonly grade: string;
  readonly gradeSince: string;
  readonly team: string;
  readonly zone: string;
  readonly contractedHours: number;
  readonly joinedOn: string;
  readonly lineManagerId: string | null;
  readonly status: 'active' | 'left';
  readonly leftOn: string | null;
}

interface Row {
  staff_id: string;
  name: string | null;
  job_family: string;
  grade: string;
  grade_since: string;
  team: string;
  zone: string;
  contracted_hours: number;
  joined_on: string;
  line_manager_id: string | null;
  status: string;
  left_on: string | null;
}

const toEntry = (r: Row): DirectoryEntry => ({
  staffId: r.staff_id,
  name: r.name,
  jobFamily: r.job_family,
  grade: r.grade,
  gradeSince: r.grade_since,
  team: r.team,
  zone: r.zone,
  contractedHours: r.contracted_hours,
  joinedOn: r.joined_on,
  lineManagerId: r.line_manager_id,
  status: r.status === 'left' ? 'left' : 'active',
  leftOn: r.left_on,
});

export const staffMember = (db: Database, staffId: string): DirectoryEntry | null => {
  const row = db.prepare<[string], Row>(`SELECT * FROM ${STAFF} WHERE staff_id = ?`).get(staffId);
  return row === undefined ? null : toEntry(row);
};

export interface DirectoryFilter {
  readonly jobFamily?: string;
  readonly grade?: string;
  readonly team?: string;
  readonly zone?: string;
  readonly lineManagerId?: string;
  readonly status?: 'active' | 'left';
  /** Part of a staff id or a name, any case. */
  readonly search?: string;
  /** The last staff id of the previous page. */
  readonly cursor?: string;
  /** 1–500, default 100. */
  readonly limit?: number;
}

export interface DirectoryPage {
  readonly entries: readonly DirectoryEntry[];
  readonly nextCursor: string | null;
}

/** The staff directory ordered by staff id, filtered and paged. */
export const staffDirectory = (
  db: Database,
  filter: DirectoryFilter = {},
): E.Either<InvalidQuery, DirectoryPage> => {
  const limit = checkLimit('limit', filter.limit, 100, 500);
  if (E.isLeft(limit)) return limit;
  if (filter.status !== undefined && filter.status !== 'active' && filter.status !== 'left')
    return invalidQuery('status', 'must be "active" or "left"');
  const columns = {
    jobFamily: 'job_family',
    grade: 'grade',
    team: 'team',
    zone: 'zone',
    lineManagerId: 'line_manager_id',
    status: 'status',
  } as const;
  const where: string[] = [];
  const params: string[] = [];
  for (const [key, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
    const value = filter[key];
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  if (filter.search !== undefined) {
    // LIKE's own wildcards in what was typed are matched as themselves.
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`(staff_id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')`);
    params.push(pattern, pattern);
  }
  if (filter.cursor !== undefined) {
    where.push('staff_id > ?');
    params.push(filter.cursor);
  }
  const rows = db
    .prepare<unknown[], Row>(
      `SELECT * FROM ${STAFF} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY staff_id LIMIT ?`,
    )
    .all(...params, limit.right + 1);
  const entries = rows.slice(0, limit.right).map(toEntry);
  return E.right({
    entries,
    nextCursor: rows.length > limit.right ? (entries[entries.length - 1]?.staffId ?? null) : null,
  });
};
