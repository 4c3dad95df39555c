// Dates as people in France read them. The time zone is fixed so the server and the browser write the same text.
const TIME_ZONE = 'Europe/Paris';

/** '2011-06-15' (a calendar date) → « 15/06/2011 », without going through a time zone. */
export function calendarDate(isoDate: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** An instant → « 22/11/2026 ». */
export function shortDate(instant: string | Date): string {
  return new Date(instant).toLocaleDateString('fr-FR', { timeZone: TIME_ZONE });
}

/** An instant → « 22 novembre 2026 ». */
export function longDate(instant: string | Date): string {
  return new Date(instant).toLocaleDateString('fr-FR', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
}

/** An instant → « 22/11/2026 à 14:05 ». */
export function dateTime(instant: string | Date): string {
  const date = new Date(instant);
  const time = date.toLocaleTimeString('fr-FR', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  return `${shortDate(date)} à ${time}`;
}
