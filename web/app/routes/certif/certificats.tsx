// The learner's certificates: levels, score, validity, the PDF attestation and the code anyone can check.
import { Link } from 'react-router';
import type { Route } from './+types/certificats';
import { CertifiedLevels } from '../../components/certif-levels';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { certifLoad } from '../../lib/certif-api.server';
import { longDate } from '../../lib/dates';
import { requireToken, signOut } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const CertificatesQuery = graphql(`
  query CertifMyCertificates {
    me {
      certificates {
        id verificationCode pixScore deliveredAt validUntil certificationCenterName attestationUrl
        competences { competence { code name } level }
      }
    }
  }
`);

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: 'Mes certificats – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { me } = await certifLoad(request, token, CertificatesQuery, {});
  if (!me) throw await signOut(request);
  return { certificates: me.certificates };
}

export default function Certificats({ loaderData }: Route.ComponentProps) {
  const { certificates } = loaderData;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <h1>Mes certificats</h1>
        {certificates.length === 0 ? (
          <p className="empty">Aucun certificat pour l'instant : les résultats apparaissent ici une fois publiés par le jury.</p>
        ) : certificates.map((c) => (
          <section key={c.id} className="panel certif-certificate" data-testid="certificate" aria-labelledby={`certificat-${c.id}`}>
            <h2 id={`certificat-${c.id}`}>Certification du {longDate(c.deliveredAt)}</h2>
            <dl className="facts">
              <div><dt>Score</dt><dd>{c.pixScore} pix</dd></div>
              <div><dt>Centre</dt><dd>{c.certificationCenterName}</dd></div>
              <div><dt>Valable jusqu'au</dt><dd>{longDate(c.validUntil)}</dd></div>
              <div><dt>Code de vérification</dt><dd className="code" data-testid="verification-code">{c.verificationCode}</dd></div>
            </dl>
            <CertifiedLevels competences={c.competences} caption="Niveaux certifiés par compétence" />
            <p className="actions">
              <a className="button" href={c.attestationUrl} download>Télécharger l'attestation (PDF)</a>
              <Link to={`/verification?code=${encodeURIComponent(c.verificationCode)}`}>Voir ce que montre la vérification</Link>
            </p>
          </section>
        ))}
        <p className="muted">Donnez le code de vérification à qui veut s'assurer de votre certification : il le saisit sur la page <Link to="/verification">Vérifier un certificat</Link>.</p>
      </main>
    </>
  );
}
