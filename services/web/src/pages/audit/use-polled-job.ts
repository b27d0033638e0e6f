import { useEffect, useState } from 'react';
import type { VerificationJob } from '../../api/audit-types';
import { getJson } from '../../api/client';
import type { Loaded } from '../../api/use-load';

/** How often a running job is asked again. */
const POLL_MS = 500;

/** A verification job read from its resource, and again every half second while it runs. */
export const usePolledJob = (jobId: string | null): Loaded<VerificationJob> | null => {
  const [state, setState] = useState<Loaded<VerificationJob>>({ kind: 'loading' });
  useEffect(() => {
    if (jobId === null) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState({ kind: 'loading' });
    const read = async () => {
      const a = await getJson<VerificationJob>(`/audit/verifications/${encodeURIComponent(jobId)}`);
      if (!current) return;
      setState(a.ok ? { kind: 'ok', body: a.body } : { kind: 'problem', problem: a.problem });
      if (a.ok && a.body.status === 'running') timer = setTimeout(() => void read(), POLL_MS);
    };
    void read();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [jobId]);
  return jobId === null ? null : state;
};
