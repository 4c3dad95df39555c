import { describe, expect, it } from 'vitest';
import { apiWebSocketUrl, clock, readEnrolmentForm, readFinalisationForm, readPerClassForm, readSessionForm, type FinalisationCandidate } from './certif-forms';

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
};

const KILLIAN: FinalisationCandidate = { id: '1', firstName: 'Killian', lastName: 'Latour', tested: true, unfinished: true };
const AMBRE: FinalisationCandidate = { id: '7', firstName: 'Ambre', lastName: 'André', tested: true, unfinished: false };
const ABSENT: FinalisationCandidate = { id: '9', firstName: 'Léo', lastName: 'Dubois', tested: false, unfinished: false };

describe('formulaires de certification', () => {
  it('lit une session et nomme chaque champ manquant', () => {
    expect(readSessionForm(form({ address: ' Collège ', room: 'CDI', examiner: 'M. Bernard', date: '2026-12-03', time: '08:30', invigilatorCount: '2' }))).toEqual({
      values: { address: 'Collège', room: 'CDI', examiner: 'M. Bernard', date: '2026-12-03', time: '08:30', description: null, invigilatorCount: 2 },
      problems: null,
    });
    expect(readSessionForm(form({ time: '8h30', invigilatorCount: '0' })).problems).toEqual({
      address: 'Indiquez le site.',
      room: 'Indiquez la salle.',
      examiner: 'Indiquez le nom du ou des surveillants.',
      date: 'Indiquez la date.',
      time: "Indiquez l'heure de début (HH:MM).",
      invigilatorCount: 'Le nombre de surveillants va de 1 à 20.',
    });
  });

  it('ne garde que les classes cochées, chacune avec sa salle, sa date et son heure', () => {
    const read = readPerClassForm(form({
      address: 'Collège', examiner: 'M. Petit',
      'class-1': 'on', 'class-1-room': 'B12', 'class-1-date': '2026-12-04', 'class-1-time': '14:00',
      'class-0-room': 'ignorée',
    }), ['3e1', '3e2']);
    expect(read).toEqual({ classes: [{ division: '3e2', room: 'B12', date: '2026-12-04', time: '14:00' }], problems: null });
    expect(readPerClassForm(form({ address: 'Collège', examiner: 'M. Petit', 'class-0': 'on' }), ['3e1']).problems)
      .toEqual({ 'class-0': "Classe 3e1 : indiquez la salle, la date et l'heure." });
    expect(readPerClassForm(form({}), ['3e1']).problems?.classes).toBe('Cochez au moins une classe.');
  });

  it('inscrit les élèves cochés avec leur temps majoré, 0 par défaut', () => {
    expect(readEnrolmentForm(form({ studentId: ['4', '8'], 'extra-8': '33', 'extra-5': '50' }))).toEqual({ studentIds: ['4', '8'], extraTimePercentages: [0, 33], problem: null });
    expect(readEnrolmentForm(form({})).problem).toBe('Cochez au moins un élève.');
    expect(readEnrolmentForm(form({ studentId: '4', 'extra-4': '250' })).problem).toBe('Le temps majoré est un pourcentage entre 0 et 200.');
  });

  it('finalise : raison d’abandon pour un test non terminé, signalements, rien pour les absents', () => {
    const { input, problems } = readFinalisationForm(form({
      'seen-7': 'on',
      'abort-1': 'CANDIDATE',
      'abort-7': 'TECHNICAL',
      'issue-1-3-category': 'IN_CHALLENGE', 'issue-1-3-subcategory': 'WEBSITE_BLOCKED', 'issue-1-3-question': '2', 'issue-1-3-description': ' Site bloqué ',
      'issue-7-0-category': 'FRAUD', 'issue-7-0-subcategory': 'WEBSITE_BLOCKED',
      comment: ' RAS ',
    }), '12', [KILLIAN, AMBRE, ABSENT]);
    expect(problems).toBeNull();
    expect(input).toEqual({
      sessionId: '12',
      examinerGlobalComment: 'RAS',
      reports: [
        {
          candidateId: '1', hasSeenEndTestScreen: false, abortReason: 'CANDIDATE',
          issueReports: [{ category: 'IN_CHALLENGE', subcategory: 'WEBSITE_BLOCKED', questionNumber: 2, description: 'Site bloqué' }],
        },
        // A finished test has no abort reason; a category without subcategories drops one sent anyway.
        { candidateId: '7', hasSeenEndTestScreen: true, abortReason: null, issueReports: [{ category: 'FRAUD', subcategory: null, questionNumber: null, description: null }] },
      ],
    });
  });

  it('finalise : dit ce qui manque avant l’envoi', () => {
    const { problems } = readFinalisationForm(form({
      'issue-1-0-category': 'IN_CHALLENGE',
      'issue-1-1-category': '',
      comment: 'x'.repeat(501),
    }), '12', [KILLIAN]);
    expect(problems).toEqual({
      'abort-1': "Killian Latour n'a pas terminé : indiquez la raison.",
      'issue-1-0-subcategory': 'Killian Latour : précisez le problème signalé.',
      'issue-1-0-question': 'Killian Latour : indiquez le numéro de la question concernée.',
      'issue-1-1-category': 'Killian Latour : choisissez la catégorie du signalement.',
      comment: 'Le commentaire fait 500 caractères au plus.',
    });
  });

  it('écrit le temps restant en minutes et secondes', () => {
    expect(clock(6300)).toBe('105:00');
    expect(clock(65.9)).toBe('01:05');
    expect(clock(-3)).toBe('00:00');
  });

  it("donne au navigateur l'adresse WebSocket de l'API", () => {
    expect(apiWebSocketUrl({ API_URL: 'http://127.0.0.1:4500/graphql' })).toBe('ws://127.0.0.1:4500/graphql');
    expect(apiWebSocketUrl({ API_URL: 'http://api:4000/graphql', PUBLIC_API_URL: 'https://api.opencrcn.fr/' })).toBe('wss://api.opencrcn.fr/graphql');
  });
});
