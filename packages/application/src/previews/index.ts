// Previews before publishing: what a draft policy or framework would change, for everyone it
// concerns, judged by the domain's one evaluator — read-only, never appended.
export { previewPolicyDraft, type PolicyDraft } from './policy-preview';
export {
  PersonChange,
  PreviewReport,
  ResponsibleCriterion,
  SpanBreach,
  TeamChanges,
} from './report';
export { previewFrameworkDraft, type FrameworkDraft } from './framework-preview';
