import * as E from 'fp-ts/Either';
import {
  IsoDate,
  IsoDateTime,
  StreamId,
  decodeEvent,
  evaluate,
  gradeAbove,
  reactToRegradeEvent,
} from '@ladder/domain';
import { addDays, at } from './dates';
import { openVacancy } from './staffing';
import type { TruthRegradeCase } from './truth';
import { brand, hr, hrApprover, type Person, type World } from './world';

// A regrade case through the running system's steps: requested (against a vacancy where the
// family progresses by vacancy), assessed with the domain's evaluator, then withdrawn,
// rejected or approved and completed, with the process manager's own reactions; some cases
// stop waiting at each step, as real ones do.

export const regrade = (w: World, p: Person, on: string): void => {
  const ladder = w.ladderOf(p.family, on);
  const toGrade = gradeAbove(ladder, p.grade)?.code;
  if (toGrade === undefined || p.inRegrade || !p.active) return;
  const byVacancy = ladder.route === 'vacancy';
  const vacancy = byVacancy ? openVacancy(w, p.family, toGrade, p.team, p.zone, on) : null;
  if (byVacancy && vacancy === null) return;
  const caseId = `c${String(w.next('case')).padStart(5, '0')}`;
  const stream = StreamId.regrade(caseId);
  const correlationId = w.newId();
  const requester =
    w.managerActor(p).id === hr.id ? { id: 'hr-admin-2', role: 'hr' } : w.managerActor(p);
  const requestOn = addDays(on, 3);
  const step = (date: string, action: () => void) => w.schedule(date, action);
  step(requestOn, () => {
    if (!p.active) return;
    const requested = w.rec.regrade(
      stream,
      {
        type: 'RequestRegrade',
        data: {
          caseId,
          staffId: p.id,
          jobFamily: p.family,
          fromGrade: p.grade,
          toGrade,
          ...(vacancy ? { vacancyId: vacancy.vacancyId } : {}),
        },
      },
      { on: requestOn, actor: requester, correlationId },
    );
    if (requested === null) return;
    p.inRegrade = true;
    const tracked: TruthRegradeCase = {
      caseId,
      staffId: p.id,
      requestedOn: requestOn,
      state: 'requested',
    };
    w.truth.regradeCases.push(tracked);
    let cause = requested[0]?.eventId ?? null;
    const finish = (closeVacancy: boolean) => {
      p.inRegrade = false;
      if (closeVacancy && vacancy !== null && vacancy.closedOn === null) {
        const when = addDays(requestOn, 40);
        w.schedule(when, () => {
          if (vacancy.closedOn !== null) return;
          if (
            w.rec.vacancy(
              StreamId.vacancy(vacancy.vacancyId),
              {
                type: 'WithdrawVacancy',
                data: { withdrawnOn: when, reason: 'no appointable candidate' },
              },
              { on: when, actor: hr },
            ) !== null
          )
            vacancy.closedOn = when;
        });
      }
    };
    const assessOn = addDays(requestOn, 7);
    step(assessOn, () => {
      if (w.rng.chance(0.06)) return; // still waiting for its eligibility assessment
      const history = w.rec.factsOf(
        StreamId.staff(p.id),
        ...(vacancy ? [StreamId.vacancy(vacancy.vacancyId)] : []),
      );
      const verdict = evaluate(history, w.rules, {
        effectiveOn: brand(IsoDate, assessOn),
        knownAt: brand(IsoDateTime, `${assessOn}T23:59:59.000Z`),
        staffId: p.id,
        toGrade,
        ...(vacancy ? { vacancyId: vacancy.vacancyId } : {}),
      });
      const assessed = w.rec.regrade(
        stream,
        { type: 'AssessEligibility', data: { verdict } },
        { on: assessOn, actor: hr, correlationId, causationId: cause },
      );
      if (assessed === null) return finish(true);
      tracked.state = 'assessed';
      cause = assessed[0]?.eventId ?? cause;
      const decideOn = addDays(assessOn, 7);
      step(decideOn, () => {
        const roll = w.rng.next();
        if (roll < 0.08) return; // left waiting for a decision
        if (roll < 0.15 || !p.active) {
          if (
            w.rec.regrade(
              stream,
              { type: 'WithdrawRegrade', data: { reason: 'withdrawn by the applicant' } },
              { on: decideOn, actor: requester, correlationId, causationId: cause },
            ) !== null
          )
            tracked.state = 'withdrawn';
          return finish(true);
        }
        if (!verdict.eligible) {
          if (
            w.rec.regrade(
              stream,
              { type: 'RejectRegrade', data: { reason: 'essential criteria unmet' } },
              {
                on: decideOn,
                actor: hrApprover,
                correlationId,
                causationId: cause,
                reason: 'essential criteria unmet',
              },
            ) !== null
          )
            tracked.state = 'rejected';
          return finish(true);
        }
        const approved = w.rec.regrade(
          stream,
          { type: 'ApproveRegrade', data: {} },
          { on: decideOn, actor: hrApprover, correlationId, causationId: cause },
        );
        if (approved === null) return finish(true);
        tracked.state = 'approved';
        cause = approved[0]?.eventId ?? cause;
        const completeOn = addDays(decideOn, 14);
        step(completeOn, () => {
          if (!p.active || w.rng.chance(0.05)) return; // approved, not yet completed
          const completed = w.rec.regrade(
            stream,
            { type: 'CompleteRegrade', data: { completedOn: completeOn } },
            { on: completeOn, actor: hrApprover, correlationId, causationId: cause },
          );
          const event = completed?.[0];
          const decoded = event === undefined ? undefined : decodeEvent(event);
          if (
            event === undefined ||
            decoded === undefined ||
            E.isLeft(decoded) ||
            decoded.right.type !== 'RegradeCompleted'
          )
            return finish(true);
          tracked.state = 'completed';
          p.inRegrade = false;
          // The process manager's commands, exactly as the running system would send them.
          const outgoing = reactToRegradeEvent({
            eventId: event.eventId,
            correlationId,
            recordedAt: brand(IsoDateTime, at(completeOn)),
            event: decoded.right,
          });
          for (const o of outgoing) {
            const envelope = {
              on: completeOn,
              actor: o.command.actor,
              correlationId: o.correlationId,
              causationId: o.causationId,
            };
            if (o.target === 'staff') {
              if (w.rec.staff(o.stream, o.command, envelope) === null) continue;
              p.placement.to = completeOn;
              p.grade = toGrade;
              p.gradeSince = completeOn;
              p.placement = { ...p.placement, grade: toGrade, from: completeOn, to: null };
              w.truth.placements.push(p.placement);
            } else if (w.rec.vacancy(o.stream, o.command, envelope) !== null && vacancy !== null)
              vacancy.closedOn = completeOn;
          }
        });
      });
    });
  });
};
