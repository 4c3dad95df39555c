// Development only: the e-mails the platform "sent" (activation, invitations), so that a tester can open their links.
import { Fragment } from 'react';
import { data } from 'react-router';
import type { Route } from './+types/dev-emails';
import { Header } from '../components/header';
import { graphql } from '../gql';
import { load } from '../lib/api.server';
import { dateTime } from '../lib/dates';
import { getToken } from '../lib/session.server';

const OutboxQuery = graphql(`
  query OutboxEmails {
    outboxEmails(first: 50) { id to subject text createdAt sentAt }
  }
`);

export function meta() {
  return [{ title: 'E-mails envoyés (développement) – OpenCRCN' }];
}

export async function loader({ request }: Route.LoaderArgs) {
  if (process.env.NODE_ENV === 'production') throw data("La page que vous cherchez n'existe pas.", { status: 404 });
  const { outboxEmails } = await load(request, await getToken(request), OutboxQuery, {});
  return { emails: outboxEmails };
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/**
 * Links of this app open here whatever address the API was told to write in e-mails (PUBLIC_WEB_URL),
 * so that the links work on the port the tester actually uses.
 */
function localHref(url: string): string {
  try {
    const parsed = new URL(url);
    return /^\/(invitations|campagnes)\//.test(parsed.pathname) ? parsed.pathname + parsed.search : url;
  } catch {
    return url;
  }
}

function EmailText({ text }: { text: string }) {
  return (
    <pre className="email-text">
      {text.split(URL_PATTERN).map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? <a href={localHref(part)}>{part}</a> : part}</Fragment>
      ))}
    </pre>
  );
}

export default function DevEmails({ loaderData }: Route.ComponentProps) {
  const { emails } = loaderData;
  return (
    <>
      <Header />
      <main id="contenu" className="page page-medium">
        <h1>E-mails envoyés</h1>
        <p className="banner banner-todo">
          Page de développement : elle montre les derniers e-mails de la plateforme (activation, invitations) pour en suivre
          les liens. Elle n'existe pas en production.
        </p>
        {emails.length === 0 ? (
          <p className="empty">Aucun e-mail pour l'instant.</p>
        ) : (
          <ul className="emails">
            {emails.map((e) => (
              <li key={e.id} className="panel">
                <h2 className="email-subject">{e.subject}</h2>
                <p className="muted">
                  À {e.to} – créé le {dateTime(e.createdAt)}
                  {e.sentAt ? `, envoyé le ${dateTime(e.sentAt)}` : ', pas encore envoyé'}
                </p>
                <EmailText text={e.text} />
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
