import type { Verdict } from '../../api/types';
import { Table } from '../../components/Table';
import { VerdictView } from '../../components/VerdictView';
import { differences } from './verdict-difference';

/** The verdict for the chosen pair beside today's, both as the API answered, and what differs. */
export const VerdictComparison = (props: { readonly then: Verdict; readonly now: Verdict }) => {
  const differ = differences(props.then, props.now);
  return (
    <>
      {differ.length === 0 ? (
        <p className="govuk-body" data-testid="no-differences">
          The verdict for the chosen pair is the same as today&apos;s, criterion by criterion.
        </p>
      ) : (
        <Table
          caption="What differs from today"
          rows={differ}
          rowKey={(d) => d.key}
          columns={[
            { header: 'What', cell: (d) => d.label },
            { header: 'At the chosen pair', cell: (d) => d.then },
            { header: 'Today', cell: (d) => d.now },
          ]}
        />
      )}
      <div className="govuk-grid-row">
        <section className="govuk-grid-column-one-half" aria-labelledby="verdict-then">
          <h3 className="govuk-heading-m" id="verdict-then">
            At the chosen pair
          </h3>
          <div data-testid="verdict-then">
            <VerdictView verdict={props.then} />
          </div>
        </section>
        <section className="govuk-grid-column-one-half" aria-labelledby="verdict-now">
          <h3 className="govuk-heading-m" id="verdict-now">
            Today
          </h3>
          <VerdictView verdict={props.now} />
        </section>
      </div>
    </>
  );
};
