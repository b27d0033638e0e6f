import {
  fromText,
  setting,
  SettingsError,
  text,
  trueFalse,
  type SettingsReader,
} from '@ladder/event-store/settings';
import { Role } from '../auth/roles';
import { defaultSessionLimits, type OidcSettings, type SignInConfig } from '../auth/sign-in';
import { secondsOf } from './lifetime';

// The sign-in settings (docs/operations.md, "Signing in"), read with the one settings reader.

const duration = fromText('a duration like 3600, 90m, 8h or 30d', secondsOf);

/** `Ladder.Manager=manager,Ladder.Approver=approver` → pairs; a role Ladder lacks is refused. */
const roleMap = fromText(
  'claim=role pairs separated by commas, roles among hr-admin, manager, approver, planner, auditor',
  (value) => {
    const pairs = value.split(',').map((pair) => {
      const at = pair.lastIndexOf('=');
      const claim = pair.slice(0, at).trim();
      const role = pair.slice(at + 1).trim();
      return at > 0 && claim !== '' && Role.is(role) ? ([claim, role] as const) : null;
    });
    return pairs.every((p) => p !== null) && pairs.length > 0 ? pairs : undefined;
  },
);

/** `true`, `false`, a hop count, or express's names and addresses (`loopback`, `10.0.0.0/8`). */
const trustProxy = fromText('true, false, a hop count, or addresses', (value) =>
  value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value,
);

const readOidc = (settings: SettingsReader): OidcSettings | null => {
  const issuer = settings.read(setting('LADDER_OIDC_ISSUER', text, ''));
  if (issuer === '') return null;
  const clientId = settings.read(setting('LADDER_OIDC_CLIENT_ID', text, ''));
  const redirectUrl = settings.read(setting('LADDER_OIDC_REDIRECT_URL', text, ''));
  const map = settings.read(setting('LADDER_OIDC_ROLE_MAP', roleMap, []));
  const missing = [
    ...(clientId === '' ? ['LADDER_OIDC_CLIENT_ID'] : []),
    ...(redirectUrl === '' ? ['LADDER_OIDC_REDIRECT_URL'] : []),
    ...(map.length === 0 ? ['LADDER_OIDC_ROLE_MAP'] : []),
  ];
  if (missing.length > 0) {
    settings.check(); // A value that is set but unreadable is said as such first.
    throw new SettingsError(missing.map((v) => `${v}: needed when LADDER_OIDC_ISSUER is set`));
  }
  const secret = settings.read(setting('LADDER_OIDC_CLIENT_SECRET', text, ''));
  return {
    issuer,
    clientId,
    ...(secret !== '' ? { clientSecret: secret } : {}),
    redirectUrl,
    scopes: settings.read(setting('LADDER_OIDC_SCOPES', text, 'openid profile')),
    rolesClaim: settings.read(setting('LADDER_OIDC_ROLES_CLAIM', text, 'roles')),
    roleMap: map,
    staffIdClaim: settings.read(setting('LADDER_OIDC_STAFF_ID_CLAIM', text, 'employee_id')),
    nameClaim: settings.read(setting('LADDER_OIDC_NAME_CLAIM', text, 'name')),
  };
};

/** The demo sign-in is on by default where the demo council is seeded and no provider is set. */
export const readSignInSettings = (settings: SettingsReader, seedDemo: boolean): SignInConfig => {
  const oidc = readOidc(settings);
  return {
    demo: settings.read(setting('LADDER_DEMO_SIGN_IN', trueFalse, seedDemo && oidc === null)),
    oidc,
    session: {
      idleSeconds: settings.read(
        setting('LADDER_SESSION_IDLE', duration, defaultSessionLimits.idleSeconds),
      ),
      absoluteSeconds: settings.read(
        setting('LADDER_SESSION_MAX', duration, defaultSessionLimits.absoluteSeconds),
      ),
    },
    trustProxy: settings.read(setting('LADDER_TRUST_PROXY', trustProxy, false)),
  };
};
