import { Link } from 'react-router-dom';
import type { Caseload } from '@ladder/api/wire';
import { useLoad } from '../../api/use-load';
import { LoadedView } from '../../components/LoadedView';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';

// The team page's caseload part (issue 15): each report's caseload against the limit for their
// FTE, and what waits for the manager — cases to allocate, emergency allocations to review,
// cases to reallocate, cases held against the rule. Every figure and rule is the API's.

type Row<K extends keyof Caseload> = Caseload[K] extends readonly (infer R)[] ? R : never;

const allocateLink = (caseReference: string, words: string) => (
  <Link className="govuk-link" to={`/caseload/${encodeURIComponent(caseReference)}`}>
    {words}
    <span className="govuk-visually-hidden"> case {caseReference}</span>
  </Link>
);

const causeWords: Readonly<Record<string, string>> = {
  'worker-left': 'Worker left',
  'grade-below-case': 'Grade no longer covers it',
};

const Workers = ({ rows }: { readonly rows: readonly Row<'workers'>[] }) =>
  rows.length === 0 ? (
    <p className="govuk-body">Nobody in your line holds cases.</p>
  ) : (
    <Table
      caption="Caseloads in your line"
      rows={rows}
      rowKey={(w) => w.staffId}
      columns={[
        { header: 'Staff id', cell: (w) => w.staffId },
        { header: 'Grade', cell: (w) => w.grade },
        { header: 'FTE', numeric: true, cell: (w) => w.fte.toFixed(2) },
        { header: 'Cases', numeric: true, cell: (w) => w.cases },
        { header: 'Liberty-affecting', numeric: true, cell: (w) => w.libertyAffecting },
        { header: 'In an emergency', numeric: true, cell: (w) => w.emergencies },
        { header: 'Limit for their FTE', numeric: true, cell: (w) => w.limit ?? 'None set' },
        {
          header: 'Against the limit',
          cell: (w) =>
            w.overLimit ? (
              <Tag text="Over the limit" colour="red" />
            ) : (
              <Tag text="Within" colour="green" />
            ),
        },
      ]}
    />
  );

export const TeamCaseload = () => {
  const [caseload] = useLoad<Caseload>('/caseload');
  return (
    <section aria-labelledby="caseload-heading">
      <h2 className="govuk-heading-l" id="caseload-heading">
        Caseloads
      </h2>
      <LoadedView loaded={caseload} what="your team's caseloads">
        {(c) => (
          <>
            <Workers rows={c.workers} />
            <h3 className="govuk-heading-m">Cases to allocate</h3>
            {c.unallocated.length === 0 ? (
              <p className="govuk-body">Every open case in your team is allocated.</p>
            ) : (
              <Table
                caption="Open cases nobody holds, oldest first"
                rows={c.unallocated}
                rowKey={(u) => u.caseReference}
                columns={[
                  { header: 'Case', cell: (u) => u.caseReference },
                  { header: 'Complexity', numeric: true, cell: (u) => u.complexity },
                  {
                    header: 'Liberty-affecting',
                    cell: (u) => (u.libertyFlags.length === 0 ? 'No' : u.libertyFlags.join(', ')),
                  },
                  { header: 'Opened', cell: (u) => u.openedOn },
                  { header: 'Action', cell: (u) => allocateLink(u.caseReference, 'Allocate') },
                ]}
              />
            )}
            <h3 className="govuk-heading-m">Emergency allocations to review</h3>
            {c.emergencies.length === 0 ? (
              <p className="govuk-body">No emergency allocation stands.</p>
            ) : (
              <Table
                caption="Emergency allocations, soonest expiry first"
                rows={c.emergencies}
                rowKey={(e) => e.caseReference}
                columns={[
                  { header: 'Case', cell: (e) => e.caseReference },
                  { header: 'Held by', cell: (e) => `${e.staffId} (${e.grade})` },
                  { header: 'Reason', cell: (e) => e.reason },
                  { header: 'Expires', cell: (e) => e.expiresAt.replace('T', ' ').slice(0, 16) },
                  {
                    header: 'Status',
                    cell: (e) =>
                      e.status === 'lapsed' ? (
                        <Tag text="Lapsed" colour="red" />
                      ) : (
                        <Tag text="In force: review" colour="yellow" />
                      ),
                  },
                  { header: 'Action', cell: (e) => allocateLink(e.caseReference, 'Reallocate') },
                ]}
              />
            )}
            <h3 className="govuk-heading-m">Cases needing reallocation</h3>
            {c.needingReallocation.length === 0 ? (
              <p className="govuk-body">No case needs reallocating.</p>
            ) : (
              <Table
                caption="Cases whose holder left, or whose grade no longer covers them"
                rows={c.needingReallocation}
                rowKey={(n) => n.caseReference}
                columns={[
                  { header: 'Case', cell: (n) => n.caseReference },
                  { header: 'Held by', cell: (n) => n.staffId },
                  { header: 'Why', cell: (n) => causeWords[n.cause] ?? n.cause },
                  { header: 'Since', cell: (n) => n.flaggedOn },
                  { header: 'Action', cell: (n) => allocateLink(n.caseReference, 'Reallocate') },
                ]}
              />
            )}
            <h3 className="govuk-heading-m">Cases held against the rule</h3>
            {c.againstRule.length === 0 ? (
              <p className="govuk-body">Every case is held by a grade that may hold it.</p>
            ) : (
              <Table
                caption="Cases held against the rule, with the rule"
                rows={c.againstRule}
                rowKey={(a) => a.caseReference}
                columns={[
                  { header: 'Case', cell: (a) => a.caseReference },
                  { header: 'Held by', cell: (a) => `${a.staffId} (${a.grade})` },
                  { header: 'Rule', cell: (a) => a.rule },
                  { header: 'Action', cell: (a) => allocateLink(a.caseReference, 'Reallocate') },
                ]}
              />
            )}
          </>
        )}
      </LoadedView>
    </section>
  );
};
