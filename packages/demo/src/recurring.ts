import { addDays, addMonths, financialYear } from './dates';
import { registrationNumberOf } from './census-facts';
import { hr, type Person, type World } from './world';

// The facts that come round again while a person stays: professional registration (renewed,
// or lapsed and restored), DBS checks, the safeguarding refresher, the annual PDR.

// Social Work England took over from the HCPC on 2 December 2019.
const regulatorOn = (date: string) => (date >= '2019-12-02' ? 'Social Work England' : 'HCPC');

export const registration = (w: World, p: Person, on: string): void => {
  if (!p.active) return;
  const regulator = regulatorOn(on);
  // A person keeps one number (Social Work England kept the HCPC's at the handover); the
  // draw stays so the council's other facts are those of earlier versions of the generator.
  w.rng.int(10000, 99999);
  const registrationNumber = registrationNumberOf(p.id);
  const expiresOn = addMonths(on, 12);
  w.staffCmd(
    p,
    'RecordRegistration',
    { regulator, registrationNumber, registeredOn: on, expiresOn },
    { on, actor: hr },
  );
  if (w.rng.chance(0.04)) {
    w.schedule(expiresOn, () => {
      if (!p.active) return;
      w.staffCmd(
        p,
        'RecordRegistrationLapse',
        { regulator, registrationNumber, lapsedOn: expiresOn },
        { on: expiresOn, actor: hr },
      );
      w.schedule(addDays(expiresOn, w.rng.int(20, 60)), () =>
        registration(w, p, addDays(expiresOn, 30)),
      );
    });
  } else {
    // Renewed a little before it expires; at the handover to Social Work England, transferred.
    const renewal =
      regulator === 'HCPC' && expiresOn > '2019-12-02'
        ? '2019-12-02'
        : addDays(expiresOn, -w.rng.int(5, 25));
    w.schedule(renewal, () => registration(w, p, renewal));
  }
};

export const dbs = (w: World, p: Person, on: string): void => {
  if (!p.active) return;
  w.staffCmd(
    p,
    'RecordDbsCheck',
    { level: 'enhanced-barred', checkedOn: on, updateService: p.updateService },
    { on, actor: hr },
  );
  if (!p.updateService) w.schedule(addMonths(on, 36), () => dbs(w, p, addMonths(on, 36)));
};

// Mandatory safeguarding refresher: valid three years, renewed shortly before it expires.
export const refresher = (w: World, p: Person, on: string): void => {
  if (!p.active) return;
  const expiresOn = addMonths(on, 36);
  w.staffCmd(
    p,
    'RecordTraining',
    { course: 'safeguarding-refresher', completedOn: on, expiresOn },
    { on, actor: hr },
  );
  const next = addDays(expiresOn, -w.rng.int(3, 40));
  w.schedule(next, () => refresher(w, p, next));
};

export const pdr = (w: World, p: Person, on: string): void => {
  if (!p.active) return;
  const roll = w.rng.next();
  const outcome =
    roll < 0.82 ? 'positive' : roll < 0.95 ? 'requires-improvement' : 'unsatisfactory';
  const reviewer = w.managerActor(p);
  w.staffCmd(
    p,
    'RecordPdr',
    {
      period: financialYear(on),
      outcome,
      reviewedOn: on,
      reviewerId: reviewer.id,
      reviewerRole: reviewer.role,
    },
    { on, actor: reviewer },
  );
  w.schedule(addMonths(on, 12), () => pdr(w, p, addMonths(on, 12)));
};
