import type { FrameworkDocument, FrameworkGrade } from './document';

// Questions asked of one framework version: is this a grade of it, what is one step up.

export const gradeIn = (
  framework: FrameworkDocument | undefined,
  grade: string,
): FrameworkGrade | undefined => framework?.grades.find((g) => g.code === grade);

/** The grade one step up the ladder, if there is one (and the grade is on it). */
export const gradeAbove = (
  framework: FrameworkDocument | undefined,
  grade: string,
): FrameworkGrade | undefined => {
  const grades = framework?.grades ?? [];
  const i = grades.findIndex((g) => g.code === grade);
  return i < 0 ? undefined : grades[i + 1];
};

/** "L1, L2, L3": how a refusal lists the grades. */
export const gradeCodes = (framework: FrameworkDocument | undefined): string =>
  (framework?.grades ?? []).map((g) => g.code).join(', ');
