import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useLoad } from '../../api/use-load';
import { Button } from '../../components/Button';
import { Input } from '../../components/Input';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { Table } from '../../components/Table';

/** A family as `GET /frameworks` lists it: its ladder in force today, if any. */
interface Family {
  readonly family: string;
  readonly inForce: { readonly title: string; readonly version: number } | null;
}

/** A new family is its framework's version 1; the API judges the code it is given. */
const NewFamily = () => {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (code.trim() !== '')
          void navigate(`/admin/frameworks/${encodeURIComponent(code.trim())}`);
      }}
    >
      <h2 className="govuk-heading-m">Add a job family</h2>
      <Input
        id="family"
        label="Job family code"
        hint="Lower case letters, digits and hyphens, for example youth-worker"
        value={code}
        onChange={setCode}
      />
      <Button secondary>Write its career framework</Button>
    </form>
  );
};

export const Policies = () => {
  const [families] = useLoad<{ on: string; families: Family[] }>('/frameworks');
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title="Policies and career frameworks">
          <p className="govuk-body">
            Each job family has a career framework (its grades in order, spans of control, how the
            next grade is reached) and a progression policy (what it takes to climb). Both are
            versioned: open one to read its versions, preview the next and publish it.
          </p>
          <LoadedView loaded={families} what="the job families">
            {({ on, families: list }) => (
              <Table
                caption={`Job families on ${on}`}
                rows={list}
                rowKey={(f) => f.family}
                columns={[
                  { header: 'Job family', cell: (f) => f.inForce?.title ?? f.family },
                  { header: 'Code', cell: (f) => f.family },
                  {
                    header: 'Rules',
                    cell: (f) => (
                      <Link
                        className="govuk-link"
                        to={`/admin/policies/${encodeURIComponent(f.family)}`}
                      >
                        Progression policy
                        <span className="govuk-visually-hidden"> for {f.family}</span>
                      </Link>
                    ),
                  },
                  {
                    header: 'Ladder',
                    cell: (f) => (
                      <Link
                        className="govuk-link"
                        to={`/admin/frameworks/${encodeURIComponent(f.family)}`}
                      >
                        Career framework
                        <span className="govuk-visually-hidden"> for {f.family}</span>
                      </Link>
                    ),
                  },
                ]}
              />
            )}
          </LoadedView>
          <NewFamily />
        </Layout>
      )}
    </RequireRole>
  );
};
