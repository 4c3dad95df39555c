// "Mon établissement" for someone in several organisations: which one to open. With one, it opens directly.
import { Link, redirect } from 'react-router';
import type { Route } from './+types/choix';
import { Header } from '../../components/header';
import { graphql } from '../../gql';
import { load } from '../../lib/api.server';
import { ROLE_LABELS } from '../../lib/labels';
import { requireToken, signOut } from '../../lib/session.server';

const MembershipsQuery = graphql(`
  query MyOrganizations {
    me { memberships { role organization { id name uai } } }
  }
`);

export function meta() {
  return [{ title: 'Mes établissements – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { me } = await load(request, token, MembershipsQuery, {});
  if (!me) throw await signOut(request);
  if (me.memberships.length === 1) throw redirect(`/orga/${me.memberships[0].organization.id}`);
  return { memberships: me.memberships };
}

export default function Choix({ loaderData }: Route.ComponentProps) {
  const { memberships } = loaderData;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <h1>Mes établissements</h1>
        {memberships.length === 0 ? (
          <p>
            Vous n'êtes membre d'aucun établissement. Pour rejoindre celui où vous travaillez, demandez une invitation à son
            administrateur ; pour un établissement qui n'utilise pas encore OpenCRCN, <Link to="/activation">activez son espace</Link>.
          </p>
        ) : (
          <ul className="shortcuts">
            {memberships.map((m) => (
              <li key={m.organization.id}>
                <Link to={`/orga/${m.organization.id}`}>{m.organization.name}</Link>
                <p>{m.organization.uai ? `UAI ${m.organization.uai} – ` : ''}{ROLE_LABELS[m.role]}</p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
