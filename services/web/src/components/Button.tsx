import type { ReactNode } from 'react';

/** A submit button; disabled (and saying so) while its form is being sent. */
export const Button = (props: {
  readonly children: ReactNode;
  readonly sending?: boolean;
  readonly secondary?: boolean;
  readonly warning?: boolean;
  readonly type?: 'submit' | 'button';
  readonly onClick?: () => void;
}) => {
  const variant =
    props.warning === true
      ? ' govuk-button--warning'
      : props.secondary === true
        ? ' govuk-button--secondary'
        : '';
  return (
    <button
      type={props.type ?? 'submit'}
      className={`govuk-button${variant}`}
      data-module="govuk-button"
      disabled={props.sending === true}
      aria-disabled={props.sending === true}
      onClick={props.onClick}
    >
      {props.sending === true ? 'Sending…' : props.children}
    </button>
  );
};
