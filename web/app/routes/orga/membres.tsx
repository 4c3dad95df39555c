// The team of the school's space, and the invitations its administrators send.
import { useEffect, useRef } from 'react';
import { data, Form, useNavigation } from 'react-router';
import type { Route } from './+types/membres';
import { FormError } from '../../components/field';
import { graphql } from '../../gql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { shortDate } from '../../lib/dates';
import { invitationSchema, splitEmails } from '../../lib/forms';
import { ROLE_LABELS } from '../../lib/labels';
import { orgaTitle, useOrga } from '../../lib/orga';
import { requireToken } from '../../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../../lib/validation';

const MembersQuery = graphql(`
  query OrgaMembers($id: ID!) {
    me { memberships { role organization { id } } }
    organization(id: $id) { id members { userId firstName lastName email role } }
  }
`);

// Only administrators may read pending invitations: asked apart, so that members still get the list of members.
const InvitationsQuery = graphql(`
  query OrgaPendingInvitations($id: ID!) {
    organization(id: $id) { id pendingInvitations { email role expiresAt } }
  }
`);

const InviteMutation = graphql(`
  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {
    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { email }
  }
`);

interface ActionResult { errors: FieldErrors | null; formError: string | null; invited: number }

export function meta({ matches }: Route.MetaArgs) {
  return orgaTitle(matches, 'Membres');
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const { me, organization } = await load(request, token, MembersQuery, { id: params.orgId });
  const isAdmin = me?.memberships.some((m) => m.organization.id === params.orgId && m.role === 'ADMIN') ?? false;
  const invitations = isAdmin ? (await load(request, token, InvitationsQuery, { id: params.orgId })).organization?.pendingInvitations ?? [] : [];
  return { members: organization?.members ?? [], invitations, showOutbox: process.env.NODE_ENV !== 'production' };
}

export async function action({ request, params }: Route.ActionArgs) {
  const token = await requireToken(request);
  const checked = check(invitationSchema, formValues(await request.formData()));
  if (checked.errors) return data<ActionResult>({ errors: checked.errors, formError: null, invited: 0 }, { status: 400 });
  const emails = splitEmails(checked.data.emails);
  const result = await mutate(request, token, InviteMutation, { organizationId: params.orgId, emails, role: checked.data.role });
  if (result.error) {
    const fields = apiFieldErrors(result.error, { emails: 'emails' });
    return data<ActionResult>(
      { errors: fields ? { emails: Object.values(fields)[0] } : null, formError: fields ? null : result.error.message, invited: 0 },
      { status: failureStatus(result.error) },
    );
  }
  return { errors: null, formError: null, invited: new Set(emails).size };
}

function InviteForm({ result, showOutbox }: { result?: ActionResult; showOutbox: boolean }) {
  const navigation = useNavigation();
  const { errors, onSubmit } = useFormCheck(invitationSchema, result?.errors);
  const sending = navigation.state === 'submitting';
  const formRef = useRef<HTMLFormElement>(null);
  // Once the invitations have left, the field is emptied for the next ones.
  useEffect(() => {
    if (result?.invited) formRef.current?.reset();
  }, [result]);
  return (
    <section className="panel panel-form" aria-labelledby="inviter">
      <h2 id="inviter">Inviter des membres</h2>
      {result?.invited ? (
        <p role="status" className="banner banner-ok">
          {result.invited > 1 ? `${result.invited} invitations envoyées.` : 'Invitation envoyée.'} Le lien reçu par e-mail est valable 7 jours.
          {showOutbox && <> En développement, les e-mails sont visibles sur <a href="/dev/emails">la page des e-mails envoyés</a>.</>}
        </p>
      ) : null}
      <FormError message={result?.formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="form" ref={formRef}>
        <div className="field">
          <label htmlFor="emails">Adresses e-mail</label>
          <p id="emails-hint" className="field-hint">Une adresse par ligne, ou séparées par des virgules.</p>
          <textarea
            id="emails" name="emails" rows={3} required
            aria-invalid={errors.emails ? true : undefined}
            aria-describedby={['emails-hint', errors.emails ? 'emails-error' : ''].filter(Boolean).join(' ')}
          />
          {errors.emails && <p id="emails-error" className="field-error">{errors.emails}</p>}
        </div>
        <div className="field">
          <label htmlFor="role">Rôle</label>
          <select id="role" name="role" defaultValue="MEMBER">
            <option value="MEMBER">Membre : suit les élèves et les campagnes</option>
            <option value="ADMIN">Administrateur : importe les élèves et invite des membres</option>
          </select>
        </div>
        <div>
          <button type="submit" className="button" disabled={sending}>{sending ? 'Envoi…' : 'Envoyer les invitations'}</button>
        </div>
      </Form>
    </section>
  );
}

export default function Membres({ loaderData, actionData }: Route.ComponentProps) {
  const { isAdmin } = useOrga();
  const { members, invitations, showOutbox } = loaderData;
  return (
    <>
      <h1>Membres</h1>
      <div className="table-wrapper">
        <table className="table">
          <caption className="visually-hidden">Membres de l'espace de l'établissement</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Prénom</th>
              <th scope="col">Adresse e-mail</th>
              <th scope="col">Rôle</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>{m.lastName}</td>
                <td>{m.firstName}</td>
                <td>{m.email ?? '–'}</td>
                <td>{ROLE_LABELS[m.role]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin ? (
        <>
          {invitations.length > 0 && (
            <section aria-labelledby="invitations">
              <h2 id="invitations">Invitations en attente</h2>
              <ul className="plain-list">
                {invitations.map((i) => (
                  <li key={`${i.email}-${i.expiresAt}`}>
                    {i.email} – {ROLE_LABELS[i.role].toLowerCase()}, valable jusqu'au {shortDate(i.expiresAt)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <InviteForm result={actionData} showOutbox={showOutbox} />
        </>
      ) : (
        <p className="muted">Seuls les administrateurs de l'espace peuvent inviter de nouveaux membres.</p>
      )}
    </>
  );
}
