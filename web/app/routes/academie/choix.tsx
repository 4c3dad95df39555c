// « Académie »: the academies the user observes. With one, its dashboard opens directly.
import { Link, redirect } from 'react-router';
import type { Route } from './+types/choix';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { plural } from '../../lib/format';
import { requireToken } from '../../lib/session.server';
import { academyTitle } from './academie';
import academieCss from '../../academie.css?url';

const MyAcademiesQuery = graphql(`
  query MyAcademies {
    myAcademies { code name schools { uai } }
  }
`);

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: academieCss }];

export function meta() {
  return [{ title: 'Mes académies – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { myAcademies } = await load(request, token, MyAcademiesQuery, {});
  if (myAcademies.length === 1) throw redirect(`/academie/${encodeURIComponent(myAcademies[0].code)}`);
  return { academies: myAcademies };
}

export default function Choix({ loaderData }: Route.ComponentProps) {
  const { academies } = loaderData;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <h1>Mes académies</h1>
        {academies.length === 0 ? (
          <p>
            Votre compte n'observe aucune académie. Les tableaux de bord académiques sont réservés aux observateurs
            académiques (DANE) : si vous devez y avoir accès, adressez-vous à l'administrateur de la plateforme.
          </p>
        ) : (
          <ul className="shortcuts">
            {academies.map((a) => (
              <li key={a.code}>
                <Link to={`/academie/${encodeURIComponent(a.code)}`}>{academyTitle(a.name)}</Link>
                <p>Code {a.code} – {plural(a.schools.length, 'établissement')}</p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
