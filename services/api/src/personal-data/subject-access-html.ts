import type { SubjectAccessExport } from '@ladder/application';
import type { JsonValue } from '@ladder/event-store';

// The subject-access export as a document a person can read and print: one page of HTML,
// no script, every value escaped. The JSON holds the same records.

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const value = (v: JsonValue | null): string => {
  if (v === null) return '';
  if (typeof v !== 'object') return escape(String(v));
  if (Array.isArray(v)) return (v as readonly JsonValue[]).map((x) => value(x)).join(', ');
  return Object.entries(v)
    .map(([k, x]) => `${escape(k)}: ${value(x)}`)
    .join('; ');
};

export const subjectAccessHtml = (e: SubjectAccessExport): string => {
  const records = e.records
    .map(
      (r) => `<tr><td>${escape(r.recordedAt)}</td><td>${escape(r.effectiveAt.slice(0, 10))}</td>
<td>${escape(r.type)}</td><td>${value(r.facts)}</td><td>${value(r.personal)}</td>
<td>${escape(r.recordedBy.id)} (${escape(r.recordedBy.role)})</td><td>${escape(r.reason ?? '')}</td></tr>`,
    )
    .join('\n');
  const decisions = e.decisions
    .map(
      (d) => `<h3>${escape(d.outcome)} on ${escape(d.effectiveOn)} (${escape(d.streamName)})</h3>
<p>${escape(d.summary)} — assessed by ${escape(d.assessedBy.id)} (${escape(d.assessedBy.role)}) at ${escape(d.recordedAt)}</p>
<ul>${d.lines.map((l) => `<li>${escape(l.label)}: ${escape(l.status)}. ${escape(l.detail)}</li>`).join('')}</ul>`,
    )
    .join('\n');
  const keys = e.keys
    .map(
      (k) =>
        `<li>${escape(k.keyId)}: made ${escape(k.createdAt)}${k.destroyedAt === null ? '' : `, destroyed ${escape(k.destroyedAt)} (erased)`}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Subject access: ${escape(e.staffId)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;vertical-align:top;font-size:90%}</style>
</head><body>
<h1>What Ladder holds about ${escape(e.staffId)}</h1>
<p>Made ${escape(e.generatedAt)} by ${escape(e.generatedBy.id)} (${escape(e.generatedBy.role)}). Every recorded fact, who recorded it, when and why; every decision with its explanation; the personal data still readable.</p>
<h2>Records (${e.records.length})</h2>
<table><thead><tr><th>Recorded</th><th>Effective</th><th>What</th><th>Facts</th><th>Personal data</th><th>Recorded by</th><th>Why</th></tr></thead>
<tbody>
${records}
</tbody></table>
<h2>Decisions (${e.decisions.length})</h2>
${decisions || '<p>None.</p>'}
<h2>Personal data keys</h2>
<ul>${keys || '<li>None.</li>'}</ul>
</body></html>
`;
};
