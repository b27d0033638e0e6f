import { useState } from 'react';
import { postJson } from '../../api/client';
import type { Problem } from '../../api/problem';
import type { Written } from '../../api/types';
import { useLoad, type Loaded } from '../../api/use-load';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Input } from '../../components/Input';
import { LoadedView } from '../../components/LoadedView';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Table } from '../../components/Table';
import { useSubmission } from '../../forms/use-submission';
import { policyErrorsOf } from './policy-errors';
import { PolicyPreview, type PreviewReport } from './PolicyPreview';

// A family's versioned document (its progression policy, or its career framework): the versions
// published, and a JSON editor for the next one, checked by the API before anything is published.

/** A published version as the API answers it (the whole document is kept). */
interface Version {
  readonly version: number;
  readonly effectiveFrom: string;
  readonly title: string;
  readonly [field: string]: unknown;
}

export interface VersionedKind {
  /** In words: "policy", "career framework". */
  readonly what: string;
  /** `/policies/{family}`: read with GET, published at `…/versions`, previewed at `…/previews`. */
  readonly base: string;
  /** A first version's skeleton, when none is published yet. */
  readonly skeleton: Readonly<Record<string, unknown>>;
  readonly hint: string;
  /** Whether the API answers `…/previews` for this kind. */
  readonly preview: boolean;
}

const EDITOR = 'document-json';

/** The next version to start from: the latest one, numbered on, from today. */
const draftOf = (kind: VersionedKind, versions: readonly Version[]): string => {
  const latest = versions[versions.length - 1];
  const today = new Date().toISOString().slice(0, 10);
  const draft =
    latest === undefined
      ? { ...kind.skeleton, version: 1, effectiveFrom: today }
      : { ...latest, version: latest.version + 1, effectiveFrom: today };
  return JSON.stringify(draft, null, 2);
};

type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** Syntax is checked here (nothing to send otherwise); everything else is the API's to judge. */
const parsed = (text: string): Parsed => {
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

const versionOf = (doc: unknown): number | null => {
  const v = typeof doc === 'object' && doc !== null && 'version' in doc ? doc.version : null;
  return typeof v === 'number' ? v : null;
};

const Editor = (props: {
  readonly kind: VersionedKind;
  readonly versions: readonly Version[];
  readonly onPublished: (version: number | null) => void;
}) => {
  const { kind } = props;
  const [text, setText] = useState(() => draftOf(kind, props.versions));
  const [local, setLocal] = useState<Problem | null>(null);
  const form = useSubmission<Written>();
  const preview = useSubmission<PreviewReport>();
  // What went wrong with the last thing tried (a preview's refusal, or publishing's).
  const [last, setLast] = useState<'publish' | 'preview'>('publish');
  const errors = policyErrorsOf(local ?? (last === 'publish' ? form.problem : preview.problem));

  /** The document as typed, or null (its syntax error then shown at the field). */
  const documentOf = (): { value: unknown } | null => {
    const json = parsed(text);
    setLocal(json.ok ? null : json.problem);
    return json.ok ? { value: json.value } : null;
  };

  const publish = () => {
    setLast('publish');
    const doc = documentOf();
    if (doc === null) return;
    void form.submit(async (idempotencyKey) => {
      const answer = await postJson<Written>(
        `${kind.base}/versions`,
        { document: doc.value },
        { idempotencyKey },
      );
      if (answer.ok) props.onPublished(versionOf(doc.value));
      return answer;
    });
  };

  /** Who would gain or lose eligibility: the API judges the draft; nothing is published. */
  const showPreview = () => {
    setLast('preview');
    const doc = documentOf();
    if (doc === null) return;
    void preview.submit(() =>
      postJson<PreviewReport>(`${kind.base}/previews`, { document: doc.value }),
    );
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
        label={`The ${kind.what}'s next version (JSON)`}
        hint={kind.hint}
        rows={24}
        className="ladder-json"
        value={text}
        onChange={setText}
        {...(errors.length > 0 ? { error: errors.join('; ') } : {})}
      />
      <div className="govuk-button-group">
        {kind.preview && (
          <Button type="button" secondary sending={preview.sending} onClick={showPreview}>
            Preview who would gain or lose eligibility
          </Button>
        )}
        <Button sending={form.sending}>Publish {kind.what} version</Button>
      </div>
      {preview.done !== null && preview.problem === null && local === null && (
        <PolicyPreview report={preview.done} />
      )}
    </form>
  );
};

/** The versions published, then the editor for the next one (started afresh after each). */
export const VersionEditor = ({
  kind,
  family,
}: {
  readonly kind: VersionedKind;
  readonly family: string;
}) => {
  const [read, reload] = useLoad<{ versions: Version[] }>(kind.base);
  // Nothing published yet (a new family): the editor starts at version 1.
  const loaded: Loaded<{ versions: Version[] }> =
    read.kind === 'problem' && read.problem.status === 404
      ? { kind: 'ok', body: { versions: [] } }
      : read;
  const [published, setPublished] = useState<number | null>(null);
  return (
    <>
      {published !== null && (
        <SuccessBanner text={`Version ${published} of the ${family} ${kind.what} published.`} />
      )}
      <LoadedView loaded={loaded} what={`the published ${kind.what} versions`}>
        {({ versions }) => (
          <>
            <Table
              caption="Published versions"
              rows={versions}
              rowKey={(v) => String(v.version)}
              columns={[
                { header: 'Version', cell: (v) => v.version },
                { header: 'In force from', cell: (v) => v.effectiveFrom },
                { header: 'Title', cell: (v) => v.title },
              ]}
            />
            <h2 className="govuk-heading-m">Publish a new version</h2>
            <p className="govuk-body">
              A version decides from its date on; past verdicts keep the version that was in force.
              Ladder checks the document before anything is published.
            </p>
            <Editor
              key={versions.length}
              kind={kind}
              versions={versions}
              onPublished={(v) => {
                setPublished(v ?? versions.length + 1);
                reload();
              }}
            />
          </>
        )}
      </LoadedView>
    </>
  );
};
