import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

// A real OpenID Connect provider (the `oidc-provider` package) on a free port, for the sign-in
// tests: its discovery, authorization, token and JWKS endpoints are the real ones. Only the
// person at the keyboard is scripted: whoever `signInAs` names logs in and consents at once.

export interface Account {
  readonly name: string;
  readonly ladder_roles: readonly string[];
  readonly staff_id?: string;
}

export interface TestProvider {
  readonly issuer: string;
  /** Starts the provider for one client, now that the client's redirect URL is known. */
  register(client: { id: string; secret: string; redirectUrl: string }): Promise<void>;
  /** The account the next login at the provider is for. */
  signInAs(accountId: string): void;
  close(): Promise<void>;
}

/** A port no one is listening on now (the OS's pick); for a server that must know its URL first. */
export const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

export const startTestProvider = async (
  accounts: Readonly<Record<string, Account>>,
): Promise<TestProvider> => {
  let handler: RequestListener = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let who = '';
  return {
    issuer,
    signInAs: (accountId) => {
      who = accountId;
    },
    async register(client) {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: client.id,
            client_secret: client.secret,
            redirect_uris: [client.redirectUrl],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        jwks: {
          keys: [{ ...(await exportJWK(privateKey)), kid: 'test-1', alg: 'RS256', use: 'sig' }],
        },
        cookies: { keys: ['test-provider-cookie-key'] },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
        pkce: { required: () => true },
        claims: { openid: ['sub'], profile: ['name'], ladder: ['ladder_roles', 'staff_id'] },
        // Claims in the ID token itself, as Entra ID puts `roles` there.
        conformIdTokenClaims: false,
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        findAccount: (_ctx, id) => {
          const account = accounts[id];
          return account === undefined
            ? undefined
            : { accountId: id, claims: () => ({ sub: id, ...account }) };
        },
      });
      const app = express();
      app.get('/interaction/:uid', async (req, res) => {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login')
          return provider.interactionFinished(req, res, { login: { accountId: who } });
        const grant = new provider.Grant({
          accountId: details.session?.accountId ?? who,
          clientId: client.id,
        });
        grant.addOIDCScope(String(details.params['scope']));
        const grantId = await grant.save();
        return provider.interactionFinished(
          req,
          res,
          { consent: { grantId } },
          { mergeWithLastSubmission: true },
        );
      });
      app.use(provider.callback());
      handler = app;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
