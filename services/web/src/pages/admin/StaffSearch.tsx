import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { StaffSearchPage } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { Button } from '../../components/Button';
import { Input } from '../../components/Input';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { Table } from '../../components/Table';
import { personPath } from './recorded';

const PAGE = 25;

/** The search and the page being read live in the address, so Back and a bookmark keep them. */
const SearchBody = () => {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const cursor = params.get('cursor');
  const [typed, setTyped] = useState(search);
  // Back and Forward change the address: the box shows the search being read.
  useEffect(() => setTyped(search), [search]);
  const query = new URLSearchParams({ limit: String(PAGE) });
  if (search !== '') query.set('search', search);
  if (cursor !== null) query.set('cursor', cursor);
  const [page] = useLoad<StaffSearchPage>(`/staff?${query.toString()}`);
  const next = (at: string) =>
    `?${new URLSearchParams({ ...(search !== '' ? { search } : {}), cursor: at }).toString()}`;
  return (
    <>
      <Link className="govuk-button govuk-button--secondary" role="button" to="/admin/staff/new">
        Record someone joining
      </Link>
      <form
        noValidate
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(typed.trim() === '' ? {} : { search: typed.trim() });
        }}
      >
        <Input
          id="search"
          label="Name or staff id"
          hint="Part of a name or id is enough"
          value={typed}
          onChange={setTyped}
        />
        <Button>Search</Button>
      </form>
      <LoadedView loaded={page} what="the staff">
        {({ staff, nextCursor }) =>
          staff.length === 0 ? (
            <p className="govuk-body">Nobody matches “{search}”.</p>
          ) : (
            <>
              <Table
                caption={search === '' ? 'Staff' : `Staff matching “${search}”`}
                rows={staff}
                rowKey={(p) => p.staffId}
                columns={[
                  {
                    header: 'Name',
                    cell: (p) => (
                      <Link className="govuk-link" to={personPath(p.staffId)}>
                        {p.name ?? p.staffId}
                      </Link>
                    ),
                  },
                  { header: 'Staff id', cell: (p) => p.staffId },
                  { header: 'Team', cell: (p) => p.team },
                  { header: 'Grade', cell: (p) => `${p.grade} (${p.jobFamily})` },
                  {
                    header: 'Status',
                    cell: (p) => (p.status === 'active' ? 'In post' : `Left ${p.leftOn ?? ''}`),
                  },
                ]}
              />
              <nav className="govuk-body" aria-label="Pages of results">
                {cursor !== null && (
                  <Link
                    className="govuk-link govuk-!-margin-right-4"
                    to={search === '' ? '?' : `?${new URLSearchParams({ search }).toString()}`}
                  >
                    First page
                  </Link>
                )}
                {nextCursor !== null && (
                  <Link className="govuk-link" to={next(nextCursor)}>
                    Next page
                  </Link>
                )}
              </nav>
            </>
          )
        }
      </LoadedView>
    </>
  );
};

export const StaffSearch = () => (
  <RequireRole roles={['hr-admin']}>
    {() => (
      <Layout title="Staff">
        <SearchBody />
      </Layout>
    )}
  </RequireRole>
);
