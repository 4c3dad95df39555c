// Sending one's results to the organisation that runs the campaign: the form, or when it was done.
import { Form, useNavigation } from 'react-router';
import { longDate } from '../lib/dates';

interface ShareResultsProps {
  code: string;
  participationId: string;
  status: string;
  sharedAt?: string | null;
  organizationName: string;
  /** « Envoyer mon profil » for a profile collection, « Envoyer mes résultats » for a parcours. */
  what: 'profil' | 'résultats';
}

export function ShareResults({ code, participationId, status, sharedAt, organizationName, what }: ShareResultsProps) {
  const navigation = useNavigation();
  if (status === 'SHARED') {
    return (
      <p role="status" className="banner banner-ok" data-testid="shared-banner">
        {what === 'profil' ? 'Profil envoyé' : 'Résultats envoyés'} le {sharedAt ? longDate(sharedAt) : '–'} à {organizationName}.
      </p>
    );
  }
  const sending = navigation.state === 'submitting' && navigation.formAction === `/campagnes/${code}/envoi`;
  return (
    <Form method="post" action={`/campagnes/${code}/envoi`}>
      <input type="hidden" name="participationId" value={participationId} />
      <button type="submit" className="button" disabled={sending}>
        {sending ? 'Envoi…' : `${what === 'profil' ? 'Envoyer mon profil' : 'Envoyer mes résultats'} à ${organizationName}`}
      </button>
    </Form>
  );
}
