import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import type { AuditEntry } from '../../api/audit-types';
import { Envelope } from './Envelope';
import { instantText, typeInWords } from './words';

const headers = ['Recorded at', 'Effective', 'What', 'Whom it concerns', 'Recorded by'];

/**
 * A page of the audit trail: one row per event, and under it the event's whole envelope in a
 * details element (closed until asked for, so the page stays a list one can scan).
 */
export const TrailTable = ({ entries }: { readonly entries: readonly AuditEntry[] }) => (
  <table className="govuk-table" data-testid="audit-trail">
    <caption className="govuk-table__caption govuk-table__caption--m">
      Events, oldest first ({entries.length} on this page)
    </caption>
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {headers.map((h) => (
          <th scope="col" className="govuk-table__header" key={h}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
    <tbody className="govuk-table__body">
      {entries.map((e) => (
        <Fragment key={e.eventId}>
          <tr className="govuk-table__row ladder-trail-row" data-event-id={e.eventId}>
            <th scope="row" className="govuk-table__header">
              {instantText(e.recordedAt)}
            </th>
            <td className="govuk-table__cell">{e.effectiveAt.slice(0, 10)}</td>
            <td className="govuk-table__cell">
              {typeInWords(e.type)}
              {e.retractedBy !== null && <span className="govuk-body-s"> (retracted)</span>}
            </td>
            <td className="govuk-table__cell">
              {e.staffId === null ? (
                'nobody in particular'
              ) : (
                <Link
                  className="govuk-link"
                  to={`/auditor/people/${encodeURIComponent(e.staffId)}`}
                >
                  {e.staffId}
                </Link>
              )}
            </td>
            <td className="govuk-table__cell">
              {e.actor.id} ({e.actor.role})
            </td>
          </tr>
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={headers.length}>
              <details className="govuk-details govuk-!-margin-bottom-0">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">
                    Envelope of {e.type} at position {e.position}
                  </span>
                </summary>
                <div className="govuk-details__text">
                  <Envelope entry={e} />
                </div>
              </details>
            </td>
          </tr>
        </Fragment>
      ))}
    </tbody>
  </table>
);
