import { fromText, setting, type SettingsReader } from '@ladder/event-store/settings';
import { Role } from '../auth/roles';
import { defaultPersonalDataRoles, type PersonalDataRoles } from './services';

// Who may ask for an erasure, approve one and export a person's data is configured, not coded:
// a council that wants its data protection officer to approve names that role here.

const roleList = fromText(
  'a comma-separated list of roles (hr-admin, manager, approver, planner, auditor)',
  (text) => {
    const roles = text.split(',').map((r) => r.trim());
    return roles.length > 0 && roles.every((r) => Role.is(r)) ? roles.filter(Role.is) : undefined;
  },
);

export const readPersonalDataRoles = (settings: SettingsReader): PersonalDataRoles => ({
  ask: settings.read(setting('LADDER_ERASURE_ASK_ROLES', roleList, defaultPersonalDataRoles.ask)),
  approve: settings.read(
    setting('LADDER_ERASURE_APPROVE_ROLES', roleList, defaultPersonalDataRoles.approve),
  ),
  export: settings.read(
    setting('LADDER_SUBJECT_ACCESS_ROLES', roleList, defaultPersonalDataRoles.export),
  ),
});
