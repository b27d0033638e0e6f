/** The design system's success banner: what was just recorded, announced when it appears. */
export const SuccessBanner = ({ text }: { readonly text: string }) => (
  <div
    className="govuk-notification-banner govuk-notification-banner--success"
    role="alert"
    aria-labelledby="success-title"
  >
    <div className="govuk-notification-banner__header">
      <h2 className="govuk-notification-banner__title" id="success-title">
        Success
      </h2>
    </div>
    <div className="govuk-notification-banner__content">
      <p className="govuk-notification-banner__heading">{text}</p>
    </div>
  </div>
);
