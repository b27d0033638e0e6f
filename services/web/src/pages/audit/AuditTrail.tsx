import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { AuditPage } from '../../api/audit-types';
import { useLoad } from '../../api/use-load';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Input } from '../../components/Input';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { errorsOf } from '../../forms/errors';
import { messageFor } from '../../api/problem';
import { filterFields, filtersOf, PAGE_SIZE, queryOf, type Filters } from './trail-query';
import { TrailTable } from './TrailTable';

const labels = Object.fromEntries(filterFields.map((f) => [f.key, f.label]));
const inputIds = Object.fromEntries(filterFields.map((f) => [f.key, `filter-${f.key}`]));

const TrailBody = () => {
  const [search, setSearch] = useSearchParams();
  const filters = filtersOf(search);
  const cursor = search.get('cursor');
  const [typed, setTyped] = useState<Filters>(filters);
  const query = queryOf(filters, cursor);
  const [page] = useLoad<AuditPage>(
    `/audit/events?${query}${query === '' ? '' : '&'}limit=${PAGE_SIZE}`,
  );
  const problem = page.kind === 'problem' ? page.problem : null;
  const fieldProblem =
    problem !== null && filterFields.some((f) => messageFor(problem, f.key, f.label) !== undefined);
  // One list per answer: the summary takes focus when a new one appears, not on every keystroke.
  const summary = useMemo(
    () => (problem !== null && fieldProblem ? errorsOf(problem, labels, inputIds) : []),
    [problem, fieldProblem],
  );
  const first = queryOf(filters);
  return (
    <>
      <ErrorSummary errors={summary} />
      <form
        noValidate
        className="ladder-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(new URLSearchParams(queryOf(typed)));
        }}
      >
        <div className="govuk-grid-row">
          {filterFields.map((f) => {
            const error = messageFor(problem, f.key, f.label);
            return (
              <div className="govuk-grid-column-one-third" key={f.key}>
                <Input
                  id={`filter-${f.key}`}
                  label={f.label}
                  hint={f.hint}
                  value={typed[f.key] ?? ''}
                  onChange={(value) => setTyped({ ...typed, [f.key]: value })}
                  {...(error !== undefined ? { error } : {})}
                />
              </div>
            );
          })}
        </div>
        <div className="govuk-button-group">
          <Button>Show events</Button>
          <Button
            secondary
            type="button"
            onClick={() => {
              setTyped({});
              setSearch(new URLSearchParams());
            }}
          >
            Clear the filters
          </Button>
        </div>
      </form>
      {!fieldProblem && (
        <LoadedView loaded={page} what="the audit trail">
          {(p) => (
            <>
              {p.entries.length === 0 ? (
                <p className="govuk-body">No event matches these filters.</p>
              ) : (
                <TrailTable entries={p.entries} />
              )}
              <nav className="govuk-body" aria-label="Pages of the audit trail">
                {cursor !== null && (
                  <Link className="govuk-link govuk-!-margin-right-4" to={`?${first}`}>
                    First page
                  </Link>
                )}
                {p.nextCursor !== null && (
                  <Link className="govuk-link" to={`?${queryOf(filters, p.nextCursor)}`}>
                    Next page
                  </Link>
                )}
              </nav>
            </>
          )}
        </LoadedView>
      )}
    </>
  );
};

export const AuditTrail = () => (
  <RequireRole roles={['auditor']}>
    {() => (
      <Layout title="Audit trail">
        <p className="govuk-body">
          Every event Ladder has recorded, across the organisation, in the order recorded. Filter
          it, then open an event&apos;s envelope to see everything the store holds about it. The
          address of this page keeps the filters, so it can be shared.
        </p>
        <TrailBody />
      </Layout>
    )}
  </RequireRole>
);
