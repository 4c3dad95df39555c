// The plugin's settings, read from the environment when the routes are registered (README: « Réglages »).
import type { Config } from '../../server/src/plugin-api/index.js';

export interface GarSettings {
  idpSsoUrl: string;
  /** Several certificates while the GAR rolls its key over. */
  idpCerts: string[];
  spEntityId: string;
  acsUrl: string;
  spPrivateKey: string | null;
  spCert: string | null;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Plain-HTTP providers are only accepted outside production (a provider on the developer's machine). */
  allowHttp: boolean;
}

type Env = Record<string, string | undefined>;

/** Environment variables often hold PEM blocks on one line, with literal \n. */
function pem(value: string | undefined): string | null {
  const v = value?.replace(/\\n/g, '\n').trim();
  return v ? v : null;
}

function certificates(value: string | undefined): string[] {
  const text = pem(value);
  if (!text) return [];
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  return blocks ?? [text];
}

/** null when the GAR is not configured (its routes then answer 503). */
export function garSettings(env: Env, config: Pick<Config, 'publicApiUrl'>): GarSettings | null {
  const idpSsoUrl = env.GAR_IDP_SSO_URL?.trim() || null;
  const idpCerts = certificates(env.GAR_IDP_CERT);
  if (!idpSsoUrl && !idpCerts.length) return null;
  if (!idpSsoUrl || !idpCerts.length) throw new Error('GAR_IDP_SSO_URL et GAR_IDP_CERT vont ensemble : renseignez les deux, ou aucun');
  const spPrivateKey = pem(env.GAR_SP_PRIVATE_KEY);
  const spCert = pem(env.GAR_SP_CERT);
  if (!!spPrivateKey !== !!spCert) throw new Error('GAR_SP_PRIVATE_KEY et GAR_SP_CERT vont ensemble : renseignez les deux, ou aucun');
  return {
    idpSsoUrl,
    idpCerts,
    spEntityId: env.GAR_SP_ENTITY_ID?.trim() || `${config.publicApiUrl}/gar/metadata`,
    acsUrl: `${config.publicApiUrl}/gar/acs`,
    spPrivateKey,
    spCert,
  };
}

/** null when no OpenID Connect provider is configured. */
export function oidcSettings(env: Env, config: Pick<Config, 'publicApiUrl' | 'env'>): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) throw new Error('OIDC_ISSUER, OIDC_CLIENT_ID et OIDC_CLIENT_SECRET vont ensemble : renseignez les trois, ou aucun');
  return { issuer, clientId, clientSecret, redirectUri: `${config.publicApiUrl}/oidc/callback`, allowHttp: config.env !== 'production' };
}
