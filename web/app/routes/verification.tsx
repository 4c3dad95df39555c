// Public check of a certificate by its code: the holder, the score, the levels and the dates — nothing more.
import { Form } from 'react-router';
import type { Route } from './+types/verification';
import { CertifiedLevels } from '../components/certif-levels';
import { Field } from '../components/field';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { certifRequest } from '../lib/certif-api.server';
import { calendarDate, longDate } from '../lib/dates';
import certifCss from '../certif.css?url';

const VerifyQuery = graphql(`
  query CertifVerify($code: String!) {
    verifyCertificate(code: $code) {
      firstName lastName birthdate pixScore deliveredAt validUntil isValid
      competences { competence { code name } level }
    }
  }
`);

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: 'Vérifier un certificat – OpenCRCN' }];
}

export async function loader({ url }: Route.LoaderArgs) {
  const code = (url.searchParams.get('code') ?? '').trim();
  if (!code) return { code, certificate: null, message: null };
  if (!/^P-?[A-Z0-9]{8}$/i.test(code)) return { code, certificate: null, message: 'Un code de vérification commence par « P- » suivi de 8 caractères.' };
  // Public: asked without anyone's token.
  const result = await certifRequest(null, VerifyQuery, { code });
  if (result.error) return { code, certificate: null, message: result.error.message };
  const certificate = result.data.verifyCertificate ?? null;
  return { code, certificate, message: certificate ? null : 'Aucun certificat publié ne correspond à ce code.' };
}

export default function Verification({ loaderData }: Route.ComponentProps) {
  const { code, certificate, message } = loaderData;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <h1>Vérifier un certificat</h1>
        <p className="lead">Saisissez le code de vérification que le titulaire vous a donné.</p>
        <Form method="get" className="certif-inline-form certif-verify-form">
          <Field name="code" label="Code de vérification" placeholder="P-XXXXXXXX" className="code-input" defaultValue={code} autoComplete="off" spellCheck={false} required />
          <button type="submit" className="button">Vérifier</button>
        </Form>
        {message && <p role="alert" className="alert alert-error">{message}</p>}
        {certificate && (
          <section className="panel certif-certificate" data-testid="verification" aria-labelledby="titulaire">
            <h2 id="titulaire">{certificate.firstName} {certificate.lastName}</h2>
            {certificate.isValid
              ? <p className="banner banner-ok">Certificat valide</p>
              : <p className="banner banner-todo">Certificat expiré : sa validité a pris fin le {longDate(certificate.validUntil)}.</p>}
            <dl className="facts">
              <div><dt>Date de naissance</dt><dd>{calendarDate(certificate.birthdate)}</dd></div>
              <div><dt>Score</dt><dd>{certificate.pixScore} pix</dd></div>
              <div><dt>Délivré le</dt><dd>{longDate(certificate.deliveredAt)}</dd></div>
              <div><dt>Valable jusqu'au</dt><dd>{longDate(certificate.validUntil)}</dd></div>
            </dl>
            <CertifiedLevels competences={certificate.competences} caption="Niveaux certifiés par compétence" />
          </section>
        )}
      </main>
    </>
  );
}
