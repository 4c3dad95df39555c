// The GAR service provider: metadata, SP-initiated sign-in, and the assertion consumer (the GAR also posts
// unsolicited assertions when a pupil opens the resource from the ENT's Médiacentre).
import type { MikroORM } from '@mikro-orm/postgresql';
import { SAML, ValidateInResponseTo, generateServiceProviderMetadata, type Profile } from '@node-saml/node-saml';
import express, { type Express } from 'express';
import type { Platform } from '../../server/src/plugin-api/index.js';
import { externalSignInRedirect, GAR_PROVIDER, safeReturnPath } from './external-sign-in.js';
import type { ExternalAttributes } from './external-identity.entity.js';
import { notConfigured, refuse } from './refusal.js';
import { garSettings, type GarSettings } from './settings.js';

/** The attributes the GAR sends about a user (domain.md §5); others are not kept. */
export const GAR_ATTRIBUTES = ['IDO', 'PRE', 'NOM', 'UAI', 'PRO', 'DIV'] as const;

const CLOCK_SKEW_MS = 60_000;

export function createSaml(s: GarSettings): SAML {
  return new SAML({
    entryPoint: s.idpSsoUrl,
    idpCert: s.idpCerts,
    issuer: s.spEntityId,
    audience: s.spEntityId,
    callbackUrl: s.acsUrl,
    // The signed assertion is what proves the identity; the GAR does not always sign the enveloping Response.
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    // Several instances and no shared session: a request id could not be checked on the instance receiving the
    // answer, and the GAR mostly posts unsolicited assertions anyway. The short validity window is the guard.
    validateInResponseTo: ValidateInResponseTo.never,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
    ...(s.spPrivateKey ? { privateKey: s.spPrivateKey, publicCert: s.spCert ?? undefined, decryptionPvk: s.spPrivateKey } : {}),
  });
}

export function spMetadata(s: GarSettings): string {
  return generateServiceProviderMetadata({
    issuer: s.spEntityId,
    callbackUrl: s.acsUrl,
    identifierFormat: null,
    wantAssertionsSigned: true,
    ...(s.spPrivateKey ? { privateKey: s.spPrivateKey, publicCerts: s.spCert, decryptionPvk: s.spPrivateKey, decryptionCert: s.spCert, signatureAlgorithm: 'sha256' as const } : {}),
  });
}

type Xml = { $?: Record<string, string> } & Record<string, unknown>;
const children = (node: unknown, name: string): Xml[] => ((node as Record<string, unknown> | undefined)?.[name] as Xml[] | undefined) ?? [];

/**
 * node-saml checks the signature, the audience and the Conditions' dates. It only looks at the bearer
 * confirmation when it matches a request id, which we do not keep: check its expiry and recipient here, and
 * insist on an expiry somewhere.
 */
export function confirmationProblem(profile: Profile, acsUrl: string, nowMs: number): string | null {
  const assertion = (profile.getAssertion?.() as { Assertion?: unknown } | undefined)?.Assertion;
  const conditionsEnd = children(assertion, 'Conditions')[0]?.$?.NotOnOrAfter;
  const data = children(assertion, 'Subject').flatMap((s) => children(s, 'SubjectConfirmation')).flatMap((c) => children(c, 'SubjectConfirmationData'));
  const ends = [conditionsEnd, ...data.map((d) => d.$?.NotOnOrAfter)].filter((v): v is string => !!v);
  if (!ends.length) return 'assertion sans date de fin de validité';
  for (const end of ends) {
    const t = Date.parse(end);
    if (!Number.isFinite(t) || nowMs - CLOCK_SKEW_MS >= t) return 'assertion expirée';
  }
  if (data.some((d) => d.$?.Recipient && d.$.Recipient !== acsUrl)) return 'assertion destinée à un autre service';
  return null;
}

/** The GAR attributes, as strings (or lists of strings for multi-valued ones). */
export function garAttributes(profile: Profile): ExternalAttributes {
  const raw = (profile.attributes ?? {}) as Record<string, unknown>;
  const out: ExternalAttributes = {};
  for (const name of GAR_ATTRIBUTES) {
    const value = raw[name];
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
    if (values.length) out[name] = values.length === 1 ? values[0] : values;
  }
  return out;
}

export const firstValue = (v: string | string[] | undefined): string | null => (Array.isArray(v) ? v[0] : v) ?? null;

const INVALID = 'GAR_ASSERTION_INVALID';
const INVALID_MESSAGE = 'La réponse du GAR n’a pas pu être vérifiée (signature, destinataire ou validité). Reconnectez-vous depuis votre ENT.';

export function registerGarRoutes(app: Express, platform: Platform, orm: MikroORM): void {
  const settings = garSettings(process.env, platform.config);
  const saml = settings ? createSaml(settings) : null;
  const metadata = settings ? spMetadata(settings) : null;
  const quiet = platform.config.env === 'test';

  app.get('/gar/metadata', (req, res) => {
    if (!metadata) return notConfigured(req, res, 'le GAR');
    res.type('application/samlmetadata+xml').send(metadata);
  });

  app.get('/gar/login', async (req, res) => {
    if (!saml) return notConfigured(req, res, 'le GAR');
    const url = await saml.getAuthorizeUrlAsync(safeReturnPath(req.query.retour) ?? '', undefined, {});
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, url);
  });

  app.post('/gar/acs', express.urlencoded({ extended: false, limit: '1mb' }), async (req, res) => {
    if (!saml || !settings) return notConfigured(req, res, 'le GAR');
    const body = (req.body ?? {}) as Record<string, unknown>;
    let profile: Profile | null = null;
    let problem: string | null;
    try {
      if (typeof body.SAMLResponse !== 'string' || !body.SAMLResponse) throw new Error('SAMLResponse absent');
      ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: body.SAMLResponse }));
      problem = profile ? confirmationProblem(profile, settings.acsUrl, Date.now()) : 'réponse sans assertion';
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    const attributes = profile && !problem ? garAttributes(profile) : {};
    const subject = firstValue(attributes.IDO);
    if (!problem && !subject) problem = 'attribut IDO absent';
    if (problem || !subject) {
      if (!quiet) console.warn(`GAR : assertion refusée (${problem})`);
      return refuse(req, res, 401, INVALID, INVALID_MESSAGE);
    }
    const url = await externalSignInRedirect(
      orm,
      platform,
      { provider: GAR_PROVIDER, subject, attributes, firstName: firstValue(attributes.PRE), lastName: firstValue(attributes.NOM) },
      safeReturnPath(body.RelayState),
    );
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, url);
  });
}
