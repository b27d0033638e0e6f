import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';

// What `POST /policies/{family}/previews` answers: who would gain or lose eligibility under the
// draft, by team, with the criteria responsible. Nothing is published by a preview.

interface Standing {
  readonly eligible: boolean;
  readonly toGrade: string | null;
  readonly summary: string;
}

interface PersonChange {
  readonly staffId: string;
  readonly fromGrade: string | null;
  readonly current: Standing;
  readonly draft: Standing;
  readonly responsible: readonly { readonly criterionId: string; readonly label: string }[];
}

export interface PreviewReport {
  readonly family: string;
  readonly effectiveOn: string;
  readonly draft: {
    readonly version: number;
    readonly effectiveFrom: string;
    readonly inForce: boolean;
  };
  readonly evaluated: number;
  readonly gain: number;
  readonly lose: number;
  readonly explanationOnly: number;
  /** Managers who would hold more reports than a draft framework allows at their grade. */
  readonly spanBreaches?: readonly {
    readonly staffId: string;
    readonly team: string;
    readonly grade: string;
    readonly reports: number;
    readonly draftSpan: number | null;
  }[];
  readonly byTeam: readonly {
    readonly team: string;
    readonly gain: readonly PersonChange[];
    readonly lose: readonly PersonChange[];
  }[];
}

const People = ({ people }: { readonly people: readonly PersonChange[] }) =>
  people.length === 0 ? (
    <>None</>
  ) : (
    <ul className="govuk-list">
      {people.map((p) => (
        <li key={p.staffId}>
          {p.staffId} ({p.fromGrade ?? 'no grade'})
          {p.responsible.length > 0 && `: ${p.responsible.map((c) => c.label).join(', ')}`}
        </li>
      ))}
    </ul>
  );

export const PolicyPreview = ({ report }: { readonly report: PreviewReport }) => (
  <section aria-labelledby="preview-heading">
    <h2 className="govuk-heading-m" id="preview-heading">
      What version {report.draft.version} would change
    </h2>
    <p className="govuk-body">
      Judged on {report.effectiveOn}: {report.evaluated} people of the family evaluated under the
      rules in force and under the draft.{' '}
      <Tag text={`${report.gain} would gain eligibility`} colour="green" />{' '}
      <Tag text={`${report.lose} would lose it`} colour="red" />
      {report.explanationOnly > 0 &&
        ` ${report.explanationOnly} keep their standing for a different reason.`}
    </p>
    {!report.draft.inForce && (
      <p className="govuk-body">
        The draft takes effect on {report.draft.effectiveFrom}, after the date judged: nothing
        changes yet.
      </p>
    )}
    {report.byTeam.length > 0 && (
      <Table
        caption="Who would gain or lose eligibility, by team"
        rows={report.byTeam}
        rowKey={(t) => t.team}
        columns={[
          { header: 'Team', cell: (t) => t.team },
          { header: 'Would gain', cell: (t) => <People people={t.gain} /> },
          { header: 'Would lose', cell: (t) => <People people={t.lose} /> },
        ]}
      />
    )}
    {report.spanBreaches !== undefined && report.spanBreaches.length > 0 && (
      <Table
        caption="Managers over the draft's span of control"
        rows={report.spanBreaches}
        rowKey={(b) => b.staffId}
        columns={[
          { header: 'Manager', cell: (b) => b.staffId },
          { header: 'Team', cell: (b) => b.team },
          { header: 'Grade', cell: (b) => b.grade },
          { header: 'Reports', cell: (b) => b.reports, numeric: true },
          { header: 'Draft span', cell: (b) => b.draftSpan ?? 'None', numeric: true },
        ]}
      />
    )}
  </section>
);
