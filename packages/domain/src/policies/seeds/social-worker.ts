import { decodeSeed } from './decode-seed';

// London Borough of Bexley, Social Worker SW2/SW3: "awarded by assessment of the worker's
// ability and skills", against criteria marked Essential/Desirable and assessed by
// Application, Interview or Test. The regulator is data: the seed names HCPC; Social Work
// England took over on 2 December 2019, so version 2 accepts it instead.

const assessed = (
  id: string,
  label: string,
  criterion: string,
  methods: string[],
  importance = 'essential',
) => ({
  id,
  label,
  importance,
  rule: { kind: 'assessment-passed', criterion, methods },
});

const criteria = (regulator: string) => [
  {
    id: 'sw-qualification',
    label: 'Relevant social work qualification (DipSW, CQSW or degree in social work)',
    importance: 'essential',
    rule: { kind: 'qualification-in-set', anyOf: ['dipsw', 'cqsw', 'social-work-degree'] },
  },
  {
    id: 'sw-registration',
    label: `Registered with the professional regulator for social work (${regulator})`,
    importance: 'essential',
    rule: { kind: 'registration-valid', regulators: [regulator] },
  },
  {
    id: 'sw-pdr',
    label: 'Positive annual PDR',
    importance: 'essential',
    rule: { kind: 'positive-pdr-within', months: 12 },
  },
  {
    id: 'sw-dbs',
    label: 'Enhanced DBS check with barred lists (regulated activity)',
    importance: 'essential',
    rule: {
      kind: 'dbs-within',
      minimumLevel: 'enhanced-barred',
      months: 36,
      updateServiceCounts: true,
    },
  },
  assessed(
    'sw-reports',
    'Writing complex and sensitive reports, case notes and court statements',
    'complex-reports',
    ['A', 'I'],
  ),
  assessed(
    'sw-caseload',
    'Managing own cases and workload in an organised manner',
    'caseload-management',
    ['A', 'I'],
  ),
  assessed('sw-child-development', 'Knowledge of child development', 'child-development', [
    'A',
    'I',
    'T',
  ]),
  assessed(
    'sw-child-protection',
    'Experience in a statutory child protection role',
    'statutory-child-protection',
    ['A', 'I', 'T'],
  ),
  assessed(
    'sw-assessment',
    'Holistic assessments of children and families (assessment framework)',
    'holistic-assessment',
    ['A', 'I', 'T'],
  ),
  assessed(
    'sw-analysis',
    'Professional analysis and clear plans from holistic assessments',
    'analysis-and-planning',
    ['A', 'I'],
  ),
  {
    id: 'sw-d-pre-qualification',
    label: 'Experience with children and families before qualifying',
    importance: 'desirable',
    rule: { kind: 'experience-evidenced', area: 'pre-qualification-children-families' },
  },
  {
    id: 'sw-d-human-rights',
    label: 'Human rights assessments (no settled immigration status, asylum)',
    importance: 'desirable',
    rule: { kind: 'experience-evidenced', area: 'human-rights-assessments' },
  },
  assessed(
    'sw-d-signs-of-safety',
    'Signs of Safety strengths-based analysis',
    'signs-of-safety',
    ['I'],
    'desirable',
  ),
];

export const socialWorkerPolicyV1 = decodeSeed({
  family: 'social-worker',
  version: 1,
  effectiveFrom: '2017-04-01',
  title: 'Social Worker SW2→SW3 by assessment (HCPC)',
  source:
    'London Borough of Bexley, Social Worker CSW 2/3 job description and person specification',
  criteria: criteria('HCPC'),
});

export const socialWorkerPolicyV2 = decodeSeed({
  family: 'social-worker',
  version: 2,
  effectiveFrom: '2019-12-02',
  title: 'Social Worker SW2→SW3 by assessment (Social Work England)',
  source: 'As version 1; regulator changed to Social Work England from 2 December 2019',
  criteria: criteria('Social Work England'),
});
