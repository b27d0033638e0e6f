import * as client from 'openid-client';
import type { OidcAttempt, OidcSettings, OidcSignIn } from './sign-in';

// OpenID Connect through `openid-client`: authorization code with PKCE (S256), state and nonce.
// The provider's discovery document is read on first use (and again after a failure), so
// Ladder starts even while the provider is unreachable.

/** Plain http only to a provider on this machine (a developer's, or a test's). */
const loopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export const openidConnect = (settings: OidcSettings): OidcSignIn => {
  let configuration: Promise<client.Configuration> | undefined;
  const discover = () => {
    const issuer = new URL(settings.issuer);
    configuration ??= client
      .discovery(
        issuer,
        settings.clientId,
        settings.clientSecret,
        undefined,
        loopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };
  return {
    settings,
    async start(attempt: OidcAttempt) {
      return client.buildAuthorizationUrl(await discover(), {
        redirect_uri: settings.redirectUrl,
        scope: settings.scopes,
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
        code_challenge_method: 'S256',
        state: attempt.state,
        nonce: attempt.nonce,
      });
    },
    async finish(callback: URL, attempt: OidcAttempt) {
      const tokens = await client.authorizationCodeGrant(await discover(), callback, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      return tokens.claims() ?? {};
    },
  };
};

/** A fresh attempt: random state, nonce and PKCE verifier, and where to go afterwards. */
export const newAttempt = (returnTo: string): OidcAttempt => ({
  state: client.randomState(),
  nonce: client.randomNonce(),
  codeVerifier: client.randomPKCECodeVerifier(),
  returnTo,
});
