import * as t from 'io-ts';

// The job families Ladder knows, from the seeds. Their grade ladders and spans of control
// are structural facts about the posts; what it takes to climb them is policy (data).

export const JobFamily = t.keyof({ 'family-worker': null, 'social-worker': null }, 'JobFamily');
export type JobFamily = t.TypeOf<typeof JobFamily>;

/** Grade codes across families; which ones a family has is in `jobFamilies`. */
export const Grade = t.keyof({ L1: null, L2: null, L3: null, SW2: null, SW3: null }, 'Grade');
export type Grade = t.TypeOf<typeof Grade>;

/** How a family's next grade is reached: a vacant post, or an assessment of the worker. */
export type ProgressionRoute = 'vacancy' | 'assessment';

export interface GradeInfo {
  readonly grade: Grade;
  readonly label: string;
  /** How many staff someone at this grade may line-manage. */
  readonly spanOfControl: number;
}

export interface JobFamilyInfo {
  readonly family: JobFamily;
  readonly title: string;
  readonly employer: string;
  /** Lowest first. */
  readonly grades: readonly GradeInfo[];
  readonly route: ProgressionRoute;
}

export const jobFamilies: Readonly<Record<JobFamily, JobFamilyInfo>> = {
  'family-worker': {
    family: 'family-worker',
    title: "Family Worker (Health and Social Care – Children's Services, HS461a/b/c)",
    employer: 'Dorset Council',
    grades: [
      { grade: 'L1', label: 'Level 1 (Dorset Grade 8)', spanOfControl: 0 },
      { grade: 'L2', label: 'Level 2 (Dorset Grade 9)', spanOfControl: 5 },
      { grade: 'L3', label: 'Level 3 (Dorset Grade 10)', spanOfControl: 5 },
    ],
    route: 'vacancy',
  },
  'social-worker': {
    family: 'social-worker',
    title: "Social Worker (Children's Services, BEXLEYSW2/3)",
    employer: 'London Borough of Bexley',
    // The seed sets no line-management limit for social workers; SW2 may supervise trainees.
    grades: [
      { grade: 'SW2', label: 'Social Worker SW2', spanOfControl: 5 },
      { grade: 'SW3', label: 'Social Worker SW3', spanOfControl: 5 },
    ],
    route: 'assessment',
  },
};

export const gradeInfo = (family: JobFamily, grade: Grade): GradeInfo | undefined =>
  jobFamilies[family].grades.find((g) => g.grade === grade);

export const isGradeInFamily = (family: JobFamily, grade: Grade): boolean =>
  gradeInfo(family, grade) !== undefined;

/** The grade one step up the family's ladder, if there is one. */
export const nextGrade = (family: JobFamily, grade: Grade): Grade | undefined => {
  const grades = jobFamilies[family].grades;
  const i = grades.findIndex((g) => g.grade === grade);
  return i < 0 ? undefined : grades[i + 1]?.grade;
};
