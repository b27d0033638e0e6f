import { Link } from 'react-router-dom';
import type { Verdict } from '../api/types';
import { useLoad } from '../api/use-load';
import { LoadedView } from './LoadedView';
import { VerdictView } from './VerdictView';

/** Today's explained verdict for the next grade, with the way to request it when there is one. */
export const NextGrade = ({ staffId }: { readonly staffId: string }) => {
  const [verdict] = useLoad<Verdict>(`/staff/${encodeURIComponent(staffId)}/eligibility`);
  return (
    <LoadedView loaded={verdict} what="the eligibility verdict">
      {(v) => (
        <>
          {v.toGrade !== null && v.outcome !== 'has-left' && (
            <Link
              className="govuk-button"
              role="button"
              to={`/people/${encodeURIComponent(staffId)}/regrade`}
            >
              Request a regrade to {v.toGrade}
            </Link>
          )}
          <VerdictView verdict={v} />
        </>
      )}
    </LoadedView>
  );
};
