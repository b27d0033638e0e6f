import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Role } from '../api/types';
import { useSession } from '../session';

const navFor: Readonly<Record<Role, readonly { readonly to: string; readonly text: string }[]>> = {
  manager: [
    { to: '/team', text: 'My team' },
    { to: '/my-cases', text: 'My cases' },
  ],
  approver: [{ to: '/approvals', text: 'Approvals' }],
  'hr-admin': [
    { to: '/admin/staff', text: 'Staff' },
    { to: '/admin/vacancies', text: 'Vacancies' },
    { to: '/admin/policies', text: 'Policies' },
    { to: '/admin/import', text: 'Import' },
    { to: '/admin/personal-data', text: 'Personal data' },
    { to: '/census', text: 'Census' },
    { to: '/approvals', text: 'Approvals' },
  ],
  planner: [
    { to: '/planner', text: 'Workforce dashboard' },
    { to: '/census', text: 'Census' },
  ],
  auditor: [
    { to: '/auditor', text: 'Audit' },
    { to: '/auditor/trail', text: 'Audit trail' },
    { to: '/auditor/verification', text: 'Verification' },
  ],
};

/** The council tool's frame: skip link, service name (no GOV.UK crown), navigation, sign-out. */
export const Layout = ({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) => {
  const { session, signOut } = useSession();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Ladder`;
  }, [title]);
  // A new page moves focus to its heading, as a full page load would reset it.
  useEffect(() => {
    heading.current?.focus();
  }, [location.pathname]);
  const user = session?.user;
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header ladder-header" role="banner">
        <div className="govuk-header__container govuk-width-container">
          <span className="ladder-header__service">
            Ladder — Children&apos;s Services workforce
          </span>
        </div>
      </header>
      <div className="govuk-width-container">
        {user !== undefined && (
          <nav aria-label="Main" className="govuk-!-margin-top-3">
            <ul className="govuk-list ladder-nav">
              {navFor[user.role].map((n) => (
                <li key={n.to}>
                  <Link
                    className="govuk-link"
                    to={n.to}
                    aria-current={location.pathname === n.to ? 'page' : undefined}
                  >
                    {n.text}
                  </Link>
                </li>
              ))}
              <li>
                Signed in as {user.name} ({user.role})
              </li>
              <li>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => void signOut()}
                >
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        )}
        <main className="govuk-main-wrapper" id="main-content" role="main">
          <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
            {title}
          </h1>
          {children}
        </main>
      </div>
    </>
  );
};
