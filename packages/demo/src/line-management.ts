import { gradeIn } from '@ladder/domain';
import { hr, type Person, type World } from './world';

// Line management: a manager of the same team and family, above the first grade, with room
// in their span of control.

const findManager = (w: World, p: Person, on: string): Person | undefined =>
  [...w.people.values()].find((m) => {
    if (!m.active || m.id === p.id || m.team !== p.team || m.family !== p.family) return false;
    const ladder = w.ladderOf(m.family, on);
    return (
      m.reports.size < (gradeIn(ladder, m.grade)?.spanOfControl ?? 0) &&
      m.grade !== ladder.grades[0]?.code
    );
  });

export const assignManager = (w: World, p: Person, on: string): void => {
  const manager = findManager(w, p, on);
  if (manager === undefined) return;
  const ok = w.staffCmd(
    manager,
    'AssignLineManager',
    { reportId: p.id, assignedOn: on },
    { on, actor: hr },
  );
  if (ok === null) return;
  manager.reports.add(p.id);
  p.managerId = manager.id;
};

export const endManagement = (w: World, manager: Person, report: Person, on: string): void => {
  if (
    w.staffCmd(
      manager,
      'EndLineManagement',
      { reportId: report.id, endedOn: on },
      { on, actor: hr },
    ) === null
  )
    return;
  manager.reports.delete(report.id);
  report.managerId = null;
};
