import type { ReactNode } from 'react';
import type { Loaded } from '../api/use-load';

/** Shows what was read, a loading line, or what the API refused and why. */
export const LoadedView = <T,>(props: {
  readonly loaded: Loaded<T>;
  readonly what: string;
  readonly children: (body: T) => ReactNode;
}) => {
  if (props.loaded.kind === 'loading')
    return (
      <p className="govuk-body" role="status">
        Loading {props.what}…
      </p>
    );
  if (props.loaded.kind === 'problem')
    return (
      <div className="govuk-inset-text" role="alert">
        <p className="govuk-body govuk-!-font-weight-bold">
          Could not load {props.what}: {props.loaded.problem.title}
        </p>
        {props.loaded.problem.detail !== '' && (
          <p className="govuk-body">{props.loaded.problem.detail}</p>
        )}
      </div>
    );
  return <>{props.children(props.loaded.body)}</>;
};
