import { decodeSeed } from './decode-seed';

// Dorset Council, Family Worker (HS461a/b/c), approved August 2017. "Progression into the
// next Grade will be dependent upon the availability of a specific vacant role within
// Children's Services and evidence that the individual has met the relevant skills,
// knowledge and professional qualifications [and] has had a positive annual PDR."
// Criteria marked "level 2/3" in the person specification apply to progression to L2 and L3.

const levels23 = ['L2', 'L3'];

export const familyWorkerPolicyV1 = decodeSeed({
  family: 'family-worker',
  version: 1,
  effectiveFrom: '2017-08-01',
  title: 'Family Worker progression L1→L2→L3',
  source:
    'Dorset Council job description and person specification, Family Worker HS461a,b,c (Aug 2017)',
  criteria: [
    {
      id: 'fw-vacancy',
      label: 'Specific vacant role at the next grade in Children’s Services',
      importance: 'essential',
      // "within Children's Services": a post in another service does not count.
      rule: { kind: 'vacancy-open', serviceAreas: ['childrens-services'] },
    },
    {
      id: 'fw-pdr',
      label: 'Positive annual PDR',
      importance: 'essential',
      rule: { kind: 'positive-pdr-within', months: 12 },
    },
    {
      id: 'fw-e1-maths',
      label: 'GCSE Maths or relevant equivalent',
      importance: 'essential',
      rule: { kind: 'qualification-in-set', anyOf: ['gcse-maths', 'maths-level-2-equivalent'] },
    },
    {
      id: 'fw-e1-english',
      label: 'GCSE English or relevant equivalent',
      importance: 'essential',
      rule: { kind: 'qualification-in-set', anyOf: ['gcse-english', 'english-level-2-equivalent'] },
    },
    {
      id: 'fw-e12-safeguarding',
      label: 'Awareness of safeguarding and child protection procedures',
      importance: 'essential',
      rule: { kind: 'assessment-passed', criterion: 'safeguarding-awareness', methods: ['A', 'I'] },
    },
    {
      id: 'fw-e-cpd',
      label: 'Evidence of continued professional development',
      importance: 'essential',
      appliesTo: levels23,
      rule: { kind: 'training-within', courses: ['cpd'], months: 12 },
    },
    {
      id: 'fw-e10-looked-after',
      label: 'Experience of working with looked after children and their families or carers',
      importance: 'essential',
      appliesTo: levels23,
      rule: { kind: 'experience-evidenced', area: 'looked-after-children' },
    },
    {
      id: 'fw-e11-caf',
      label: 'Experience of supporting agencies to deliver the Common Assessment Framework',
      importance: 'essential',
      appliesTo: levels23,
      rule: { kind: 'experience-evidenced', area: 'common-assessment-framework' },
    },
    {
      id: 'fw-d1-nvq',
      label: 'Child care qualification e.g. NVQ',
      importance: 'desirable',
      rule: { kind: 'qualification-in-set', anyOf: ['nvq-childcare-l2', 'nvq-childcare-l3'] },
    },
    {
      id: 'fw-d2-ecdl',
      label: 'ECDL or equivalent IT skills',
      importance: 'desirable',
      rule: { kind: 'qualification-in-set', anyOf: ['ecdl', 'it-skills-equivalent'] },
    },
    {
      id: 'fw-d3-advanced-cp',
      label: 'Advanced child protection training',
      importance: 'desirable',
      appliesTo: levels23,
      rule: { kind: 'training-within', courses: ['advanced-child-protection'], months: 36 },
    },
    {
      id: 'fw-d4-counselling',
      label: 'Counselling diploma',
      importance: 'desirable',
      appliesTo: levels23,
      rule: { kind: 'qualification-in-set', anyOf: ['counselling-diploma'] },
    },
    {
      id: 'fw-d5-psychology',
      label: 'Psychology diploma or degree',
      importance: 'desirable',
      appliesTo: levels23,
      rule: { kind: 'qualification-in-set', anyOf: ['psychology-diploma', 'psychology-degree'] },
    },
  ],
});
