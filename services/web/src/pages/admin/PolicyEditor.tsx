import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { postJson } from '../../api/client';
import type { Problem } from '../../api/problem';
import type { Written } from '../../api/types';
import { useLoad, type Loaded } from '../../api/use-load';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Input } from '../../components/Input';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Table } from '../../components/Table';
import { useSubmission } from '../../forms/use-submission';
import { policyErrorsOf } from './policy-errors';

/** A published version as `GET /policies/{family}` answers it (the whole document is kept). */
interface PolicyVersion {
  readonly version: number;
  readonly effectiveFrom: string;
  readonly title: string;
  readonly [field: string]: unknown;
}

const EDITOR = 'policy-json';

/** The next version to start from: the latest one, numbered on, from today. */
const draftOf = (family: string, versions: readonly PolicyVersion[]): string => {
  const latest = versions[versions.length - 1];
  const today = new Date().toISOString().slice(0, 10);
  const draft =
    latest === undefined
      ? { family, version: 1, effectiveFrom: today, title: '', source: '', criteria: [] }
      : { ...latest, version: latest.version + 1, effectiveFrom: today };
  return JSON.stringify(draft, null, 2);
};

/** Syntax is checked here (nothing to send otherwise); everything else is the API's to judge. */
const parsed = (text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const why = e instanceof Error ? e.message : 'it cannot be read';
    return {
      ok: false,
      problem: {
        status: 400,
        title: 'Not JSON',
        detail: why,
        errors: [{ field: 'document', message: `is not valid JSON: ${why}` }],
      },
    };
  }
};

const Editor = (props: {
  readonly family: string;
  readonly versions: readonly PolicyVersion[];
  readonly onPublished: (version: number) => void;
}) => {
  const [text, setText] = useState(() => draftOf(props.family, props.versions));
  const [local, setLocal] = useState<Problem | null>(null);
  const form = useSubmission<Written>();
  const errors = policyErrorsOf(local ?? form.problem);

  const publish = () => {
    const json = parsed(text);
    setLocal(json.ok ? null : json.problem);
    if (!json.ok) return;
    void form.submit(async (idempotencyKey) => {
      const answer = await postJson<Written>(
        `/policies/${encodeURIComponent(props.family)}/versions`,
        { document: json.value },
        { idempotencyKey },
      );
      if (answer.ok) {
        const doc = json.value;
        const version =
          typeof doc === 'object' && doc !== null && 'version' in doc ? doc.version : null;
        props.onPublished(typeof version === 'number' ? version : 0);
      }
      return answer;
    });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        publish();
      }}
    >
      <ErrorSummary errors={errors.map((text) => ({ href: EDITOR, text }))} />
      <Input
        id={EDITOR}
        label="Policy version (JSON)"
        hint="The whole document: family, version (the next number), effectiveFrom (today or later), title, source and the criteria. It starts as the latest version, numbered on."
        rows={24}
        className="ladder-json"
        value={text}
        onChange={setText}
        {...(errors.length > 0 ? { error: errors.join('; ') } : {})}
      />
      <Button sending={form.sending}>Publish policy version</Button>
    </form>
  );
};

const Versions = ({ loaded }: { readonly loaded: Loaded<{ versions: PolicyVersion[] }> }) => (
  <LoadedView loaded={loaded} what="the published versions">
    {({ versions }) => (
      <Table
        caption="Published versions"
        rows={versions}
        rowKey={(v) => String(v.version)}
        columns={[
          { header: 'Version', cell: (v) => v.version, numeric: true },
          { header: 'In force from', cell: (v) => v.effectiveFrom },
          { header: 'Title', cell: (v) => v.title },
        ]}
      />
    )}
  </LoadedView>
);

export const PolicyEditor = () => {
  const { family = '' } = useParams();
  const [loaded, reload] = useLoad<{ versions: PolicyVersion[] }>(
    `/policies/${encodeURIComponent(family)}`,
  );
  const [published, setPublished] = useState<number | null>(null);
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title={`Progression policy: ${family}`}>
          {published !== null && (
            <SuccessBanner text={`Version ${published} of the ${family} policy published.`} />
          )}
          <Versions loaded={loaded} />
          <h2 className="govuk-heading-m">Publish a new version</h2>
          <p className="govuk-body">
            A version decides eligibility from its date on; past verdicts keep the version that was
            in force. Ladder checks the document before anything is published.
          </p>
          <LoadedView loaded={loaded} what="the latest version">
            {({ versions }) => (
              <Editor
                key={versions.length}
                family={family}
                versions={versions}
                onPublished={(v) => {
                  setPublished(v);
                  reload();
                }}
              />
            )}
          </LoadedView>
          <p className="govuk-body">
            <Link className="govuk-link" to="/admin/policies">
              All policies
            </Link>
          </p>
        </Layout>
      )}
    </RequireRole>
  );
};
