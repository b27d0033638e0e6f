import { addDays, addMonths } from './dates';
import { hr, type Person, type World } from './world';

// What a joiner brings and gathers for each criterion of their family's policies: essential
// items usually, desirable ones now and then; experience and assessments later; training on
// its cycle (now and then recorded against the wrong person and retracted).

export const evidence = (w: World, p: Person, joinedOn: string): void => {
  for (const c of w.criteriaOf(p.family)) {
    const essential = c.importance === 'essential';
    const rule = c.rule;
    switch (rule.kind) {
      case 'qualification-in-set':
        if (w.rng.chance(essential ? 0.93 : 0.35))
          w.staffCmd(
            p,
            'RecordQualification',
            {
              qualification: w.rng.pick(rule.anyOf),
              awardedOn: addDays(joinedOn, -w.rng.int(200, 4000)),
            },
            { on: joinedOn, actor: hr },
          );
        break;
      case 'experience-evidenced':
        if (w.rng.chance(essential ? 0.9 : 0.3)) {
          const on = addDays(joinedOn, w.rng.int(60, 500));
          w.schedule(on, () => {
            if (p.active)
              w.staffCmd(
                p,
                'RecordExperience',
                { area: rule.area, evidencedOn: on },
                { on, actor: w.managerActor(p) },
              );
          });
        }
        break;
      case 'assessment-passed': {
        const on = addDays(joinedOn, w.rng.int(90, 700));
        w.schedule(on, () => {
          if (!p.active) return;
          for (const method of rule.methods)
            w.staffCmd(
              p,
              'RecordAssessment',
              {
                criterion: rule.criterion,
                method,
                outcome: w.rng.chance(0.96) ? 'passed' : 'not-passed',
                assessorId: 'assessor-1',
                assessedOn: on,
              },
              { on, actor: { id: 'assessor-1', role: 'assessor' } },
            );
        });
        break;
      }
      case 'training-within': {
        const course = w.rng.pick(rule.courses);
        const every = essential ? rule.months - 1 : rule.months + 6;
        if (!essential && !w.rng.chance(0.4)) break;
        const train = (on: string) =>
          w.schedule(on, () => {
            if (!p.active) return;
            const done = w.staffCmd(
              p,
              'RecordTraining',
              { course, completedOn: on },
              { on, actor: hr },
            );
            // Now and then a course is recorded against the wrong person and retracted.
            const event = done?.[0];
            if (event !== undefined && w.rng.chance(0.02)) {
              const when = addDays(on, w.rng.int(1, 20));
              w.schedule(when, () => {
                w.staffCmd(
                  p,
                  'RetractFact',
                  { eventId: event.eventId, reason: 'recorded against the wrong person' },
                  {
                    on: when,
                    actor: hr,
                    reason: 'recorded against the wrong person',
                  },
                );
              });
            }
            train(addMonths(on, every));
          });
        train(addDays(joinedOn, w.rng.int(20, 300)));
        break;
      }
      default:
        break;
    }
  }
};
