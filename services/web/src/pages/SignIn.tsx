import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { postJson } from '../api/client';
import type { Problem } from '../api/problem';
import type { DemoPerson, Session, SignInOptions } from '../api/types';
import { useLoad } from '../api/use-load';
import { ErrorSummary } from '../components/ErrorSummary';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { Table } from '../components/Table';
import { homeOf } from '../home';
import { useSession } from '../session';

/** Only same-site paths are followed after sign-in. */
const safeReturn = (to: string | null): string | null =>
  to !== null && to.startsWith('/') && !to.startsWith('//') ? to : null;

export const SignIn = () => {
  const { session, signedIn } = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturn(params.get('returnTo'));
  const [options] = useLoad<SignInOptions>('/auth/options');
  const demo = options.kind === 'ok' && options.body.demo;
  const [people] = useLoad<DemoPerson[]>(demo ? '/auth/demo/people' : null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);

  if (session) return <Navigate to={returnTo ?? homeOf(session.user)} replace />;

  const signInAs = async (personId: string) => {
    if (sending) return;
    setSending(true);
    const answer = await postJson<Session>('/auth/demo/sign-in', { personId });
    setSending(false);
    if (answer.ok) signedIn(answer.body);
    else setProblem(answer.problem);
  };

  return (
    <Layout title="Sign in to Ladder">
      <ErrorSummary
        errors={problem === null ? [] : [{ href: '', text: `${problem.title}. ${problem.detail}` }]}
      />
      <LoadedView loaded={options} what="the ways to sign in">
        {(o) => (
          <>
            {o.oidc && (
              <a
                className="govuk-button govuk-button--start"
                role="button"
                href={`/auth/oidc/start?returnTo=${encodeURIComponent(returnTo ?? '/')}`}
              >
                Sign in with your council account
              </a>
            )}
            {o.demo && (
              <>
                <p className="govuk-body">
                  This is a demonstration council. Choose someone to sign in as; each button signs
                  you in at once.
                </p>
                <LoadedView loaded={people} what="the demo people">
                  {(list) => (
                    <Table
                      caption="Demo people by role"
                      rowKey={(p) => p.id}
                      rows={list}
                      columns={[
                        { header: 'Role', cell: (p) => p.role },
                        { header: 'Who', cell: (p) => `${p.name} — ${p.summary}` },
                        {
                          header: 'Sign in',
                          cell: (p) => (
                            <button
                              type="button"
                              className="govuk-button govuk-!-margin-bottom-0"
                              disabled={sending}
                              onClick={() => void signInAs(p.id)}
                            >
                              Sign in as {p.name}
                              <span className="govuk-visually-hidden"> ({p.role})</span>
                            </button>
                          ),
                        },
                      ]}
                    />
                  )}
                </LoadedView>
              </>
            )}
            {!o.oidc && !o.demo && (
              <p className="govuk-body">
                No way to sign in is set up. Ask your Ladder administrator.
              </p>
            )}
          </>
        )}
      </LoadedView>
    </Layout>
  );
};
