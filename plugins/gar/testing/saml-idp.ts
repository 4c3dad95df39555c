// A test identity provider that answers like the GAR: a SAML Response whose Assertion it signs (xml-crypto).
import { randomUUID } from 'node:crypto';
import { SignedXml } from 'xml-crypto';

export interface IdpKeys { privateKey: string; cert: string }

export interface AssertionOptions {
  attributes: Record<string, string | string[]>;
  audience: string;
  recipient: string;
  /** Default: in 5 minutes. */
  notOnOrAfter?: Date;
  issuer?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function samlResponseXml(o: AssertionOptions, now = new Date()): string {
  const issuer = o.issuer ?? 'https://idp-test.gar.example/idp';
  const at = now.toISOString();
  const end = (o.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000)).toISOString();
  const before = new Date(now.getTime() - 60_000).toISOString();
  const attributes = Object.entries(o.attributes)
    .map(([name, value]) => `<saml:Attribute Name="${esc(name)}">${(Array.isArray(value) ? value : [value]).map((v) => `<saml:AttributeValue>${esc(v)}</saml:AttributeValue>`).join('')}</saml:Attribute>`)
    .join('');
  return `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${randomUUID()}" Version="2.0" IssueInstant="${at}" Destination="${esc(o.recipient)}">`
    + `<saml:Issuer>${esc(issuer)}</saml:Issuer>`
    + `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>`
    + `<saml:Assertion ID="_a${randomUUID()}" Version="2.0" IssueInstant="${at}">`
    + `<saml:Issuer>${esc(issuer)}</saml:Issuer>`
    + `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_t${randomUUID()}</saml:NameID>`
    + `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${end}" Recipient="${esc(o.recipient)}"/></saml:SubjectConfirmation></saml:Subject>`
    + `<saml:Conditions NotBefore="${before}" NotOnOrAfter="${end}"><saml:AudienceRestriction><saml:Audience>${esc(o.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>`
    + `<saml:AuthnStatement AuthnInstant="${at}" SessionIndex="_s${randomUUID()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`
    + `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>`
    + `</saml:Assertion></samlp:Response>`;
}

/** Signs the Assertion (enveloped signature right after its Issuer, as SAML requires). */
export function signAssertion(xml: string, keys: IdpKeys): string {
  const sig = new SignedXml({
    privateKey: keys.privateKey,
    publicCert: keys.cert,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: "//*[local-name(.)='Assertion']",
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, { location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: 'after' }, prefix: 'ds' });
  return sig.getSignedXml();
}

export const toPostBody = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');
