// The certification centres the user belongs to; with only one, straight to it.
import { Link, redirect } from 'react-router';
import type { Route } from './+types/centres';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { certifLoad } from '../../lib/certif-api.server';
import { requireToken } from '../../lib/session.server';
import certifCss from '../../certif.css?url';

const CentresQuery = graphql(`
  query CertifCentres {
    me { certificationCenters { id name } }
  }
`);

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: certifCss }];

export function meta() {
  return [{ title: 'Centres de certification – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { me } = await certifLoad(request, token, CentresQuery, {});
  const centres = me?.certificationCenters ?? [];
  if (centres.length === 1) throw redirect(`/certif/${centres[0].id}`);
  return { centres };
}

export default function Centres({ loaderData }: Route.ComponentProps) {
  const { centres } = loaderData;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <h1>Centres de certification</h1>
        {centres.length === 0 ? (
          <p>Vous n'êtes membre d'aucun centre de certification. Demandez à votre établissement de vous y ajouter.</p>
        ) : (
          <ul className="shortcuts">
            {centres.map((c) => (
              <li key={c.id}>
                <Link to={`/certif/${c.id}`}>{c.name}</Link>
                <p>Sessions, candidats et documents</p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
