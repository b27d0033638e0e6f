import type { CriterionLine, Verdict } from '../api/types';
import { Tag, type TagColour } from './Tag';

const statusTag: Readonly<Record<CriterionLine['status'], { text: string; colour: TagColour }>> = {
  met: { text: 'Met', colour: 'green' },
  unmet: { text: 'Not met', colour: 'red' },
  'not-applicable': { text: 'Not applicable', colour: 'grey' },
};

/** The verdict's headline as a tag: its words say it, the colour repeats them. */
export const VerdictTag = ({ verdict }: { readonly verdict: Verdict }) =>
  verdict.eligible ? (
    <Tag text={`Eligible for ${verdict.toGrade ?? ''}`} colour="green" />
  ) : (
    <Tag
      text={
        verdict.outcome === 'not-eligible' ? 'Not eligible' : verdict.outcome.replace(/-/g, ' ')
      }
      colour="red"
    />
  );

const Line = ({ line }: { readonly line: CriterionLine }) => (
  <div className="govuk-summary-list__row">
    <dt className="govuk-summary-list__key">
      {line.label}
      <span className="govuk-caption-m">
        {line.importance === 'essential' ? 'Essential' : 'Desirable'}
      </span>
    </dt>
    <dd className="govuk-summary-list__value">
      <Tag {...statusTag[line.status]} />
      <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-1">{line.detail}</p>
      {line.missing !== undefined && (
        <p className="govuk-body govuk-!-margin-bottom-1">
          <strong>Missing:</strong> {line.missing}
        </p>
      )}
      {line.restedOn.length > 0 && (
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          Evidence:{' '}
          {line.restedOn.length === 1 ? 'recorded fact' : `${line.restedOn.length} recorded facts`}{' '}
          {line.restedOn.map((id) => (
            <code key={id} className="govuk-!-margin-right-1">
              {id.slice(0, 8)}
            </code>
          ))}
        </p>
      )}
    </dd>
  </div>
);

/** The domain's explained verdict, criterion by criterion, essentials first. */
export const VerdictView = ({ verdict }: { readonly verdict: Verdict }) => {
  const essentials = verdict.lines.filter((l) => l.importance === 'essential');
  const desirables = verdict.lines.filter((l) => l.importance !== 'essential');
  return (
    <section aria-label="Eligibility verdict">
      <p className="govuk-body">
        <VerdictTag verdict={verdict} />
      </p>
      <p className="govuk-body">{verdict.summary}</p>
      <p className="govuk-body-s">
        On {verdict.effectiveOn}, as known at {verdict.knownAt.slice(0, 16).replace('T', ' ')} UTC
        {verdict.policy !== null &&
          `, under ${verdict.policy.family} policy version ${verdict.policy.version}`}
        .
      </p>
      {essentials.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Essential criteria</h3>
          <dl className="govuk-summary-list">
            {essentials.map((l) => (
              <Line key={l.criterionId} line={l} />
            ))}
          </dl>
        </>
      )}
      {desirables.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Desirable criteria (used only to rank)</h3>
          <dl className="govuk-summary-list">
            {desirables.map((l) => (
              <Line key={l.criterionId} line={l} />
            ))}
          </dl>
        </>
      )}
    </section>
  );
};
