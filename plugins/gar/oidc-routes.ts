// OpenID Connect for the ENTs that do not go through the GAR: authorization code flow with PKCE, state and nonce.
// The flow's secrets travel in a short signed cookie, so that any instance can receive the callback.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request } from 'express';
import { SignJWT, jwtVerify } from 'jose';
import * as client from 'openid-client';
import type { Platform } from '../../server/src/plugin-api/index.js';
import { externalSignInRedirect, oidcProvider, safeReturnPath } from './external-sign-in.js';
import { notConfigured, refuse } from './refusal.js';
import { oidcSettings, type OidcSettings } from './settings.js';

const FLOW_COOKIE = 'opencrcn_oidc';
const FLOW_AUDIENCE = 'oidc-flow';
const FLOW_SECONDS = 10 * 60;

interface Flow { verifier: string; state: string; nonce: string; returnTo: string | null }

/** The cookie header, parsed just enough for our one cookie (no cookie-parser in the app). */
function cookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

async function readFlow(value: string | null, secret: Uint8Array): Promise<Flow | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtVerify(value, secret, { audience: FLOW_AUDIENCE, algorithms: ['HS256'] });
    const f = payload as Partial<Flow>;
    return typeof f.verifier === 'string' && typeof f.state === 'string' && typeof f.nonce === 'string' ? { verifier: f.verifier, state: f.state, nonce: f.nonce, returnTo: safeReturnPath(f.returnTo) } : null;
  } catch {
    return null;
  }
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function registerOidcRoutes(app: Express, platform: Platform, orm: MikroORM): void {
  const settings = oidcSettings(process.env, platform.config);
  const secure = platform.config.publicApiUrl.startsWith('https:');
  const quiet = platform.config.env === 'test';
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/oidc' };

  // Discovered on first use and kept; a failed discovery is retried on the next sign-in.
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = (s: OidcSettings) => {
    discovered ??= client
      .discovery(new URL(s.issuer), s.clientId, undefined, client.ClientSecretBasic(s.clientSecret), {
        execute: s.allowHttp && s.issuer.startsWith('http:') ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((e: unknown) => {
        discovered = null;
        throw e;
      });
    return discovered;
  };

  app.get('/oidc/login', async (req, res) => {
    if (!settings) return notConfigured(req, res, 'OpenID Connect');
    let config: client.Configuration;
    try {
      config = await configuration(settings);
    } catch (e) {
      if (!quiet) console.warn(`OpenID Connect : découverte de ${settings.issuer} impossible (${e instanceof Error ? e.message : String(e)})`);
      return refuse(req, res, 502, 'OIDC_PROVIDER_UNREACHABLE', 'Le service de connexion de votre ENT ne répond pas. Réessayez dans un instant.');
    }
    const flow: Flow = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce(), returnTo: safeReturnPath(req.query.retour) };
    const signed = await new SignJWT({ ...flow })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(FLOW_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${FLOW_SECONDS}s`)
      .sign(platform.config.authSecret);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    res.cookie(FLOW_COOKIE, signed, { ...cookieOptions, maxAge: FLOW_SECONDS * 1000 });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, url.href);
  });

  app.get('/oidc/callback', async (req, res) => {
    if (!settings) return notConfigured(req, res, 'OpenID Connect');
    const flow = await readFlow(cookie(req, FLOW_COOKIE), platform.config.authSecret);
    res.clearCookie(FLOW_COOKIE, cookieOptions);
    if (!flow) return refuse(req, res, 401, 'OIDC_SIGN_IN_EXPIRED', 'La connexion a expiré ou a été interrompue : recommencez depuis votre ENT.');
    let subject: string | null = null;
    let claims: Record<string, unknown> = {};
    let issuer = settings.issuer;
    try {
      const config = await configuration(settings);
      issuer = config.serverMetadata().issuer;
      // The registered redirect URI with the parameters received: what the token endpoint expects back.
      const current = new URL(settings.redirectUri);
      current.search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce });
      claims = { ...tokens.claims() };
      subject = text(claims.sub);
      // Code flow providers usually keep profile claims for the userinfo endpoint.
      if (subject && (!text(claims.given_name) || !text(claims.family_name)) && config.serverMetadata().userinfo_endpoint) {
        claims = { ...claims, ...(await client.fetchUserInfo(config, tokens.access_token, subject)) };
      }
    } catch (e) {
      if (!quiet) console.warn(`OpenID Connect : connexion refusée (${e instanceof Error ? e.message : String(e)})`);
    }
    if (!subject) return refuse(req, res, 401, 'OIDC_SIGN_IN_FAILED', 'Votre ENT n’a pas confirmé votre identité : recommencez depuis votre ENT.');
    const firstName = text(claims.given_name);
    const lastName = text(claims.family_name);
    // Only the names are kept: nothing else is needed, and these are often minors' data.
    const attributes: Record<string, string> = {};
    if (firstName) attributes.given_name = firstName;
    if (lastName) attributes.family_name = lastName;
    const url = await externalSignInRedirect(orm, platform, { provider: oidcProvider(issuer), subject, attributes, firstName, lastName }, flow.returnTo);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, url);
  });
}
