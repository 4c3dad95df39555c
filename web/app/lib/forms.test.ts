import { describe, expect, it } from 'vitest';
import { campaignCodeSchema, campaignSchema, changePasswordSchema, identitySchema, invitationSchema, signUpSchema, splitEmails } from './forms';
import { check } from './validation';

describe('formulaires', () => {
  it('met le code de campagne en majuscules et refuse les caractères parasites', () => {
    expect(check(campaignCodeSchema, { code: ' ferrat234 ' })).toEqual({ data: { code: 'FERRAT234' }, errors: null });
    expect(check(campaignCodeSchema, { code: '' }).errors?.code).toContain('Saisissez le code');
    expect(check(campaignCodeSchema, { code: 'FER-234' }).errors?.code).toContain('lettres et des chiffres');
  });

  it('demande un parcours pour une campagne d’évaluation seulement', () => {
    expect(check(campaignSchema, { type: 'PROFILES_COLLECTION', name: 'Collecte' }).errors).toBeNull();
    expect(check(campaignSchema, { type: 'ASSESSMENT', name: 'Socle' }).errors).toEqual({
      targetProfileId: "Une campagne d'évaluation demande un parcours : choisissez-en un.",
    });
    expect(check(campaignSchema, { type: 'AUTRE', name: ' ' }).errors).toEqual({
      type: 'Choisissez le type de campagne.',
      name: 'Le nom de la campagne est obligatoire.',
    });
  });

  it('vérifie le mot de passe et sa confirmation', () => {
    const errors = check(changePasswordSchema, { currentPassword: 'Ancien-2026', newPassword: 'Nouveau-2026', confirmation: 'autre' }).errors;
    expect(errors).toEqual({ confirmation: 'Les deux mots de passe ne sont pas identiques.' });
    expect(check(signUpSchema, { firstName: 'Léa', lastName: 'Martin', email: 'LEA@exemple.fr', password: 'faible' }).errors?.password)
      .toContain('au moins 8 caractères');
    expect(check(signUpSchema, { firstName: 'Léa', lastName: 'Martin', email: ' LEA@exemple.fr ', password: 'Solide-2026', birthdate: '' }).data?.email)
      .toBe('lea@exemple.fr');
  });

  it('refuse une date de naissance absente, impossible ou à venir', () => {
    const identity = { firstName: 'Killian', lastName: 'Latour' };
    expect(check(identitySchema, { ...identity, birthdate: '' }).errors?.birthdate).toBe('La date de naissance est obligatoire.');
    expect(check(identitySchema, { ...identity, birthdate: '2011-02-31' }).errors?.birthdate).toBe("La date de naissance n'est pas valide.");
    expect(check(identitySchema, { ...identity, birthdate: '2999-01-01' }).errors?.birthdate).toBe("La date de naissance n'est pas valide.");
    expect(check(identitySchema, { ...identity, birthdate: '2005-05-20' }).errors).toBeNull();
  });

  it('sépare les adresses des invitations et nomme celle qui ne va pas', () => {
    expect(splitEmails('a@b.fr, C@D.fr;\ne@f.fr')).toEqual(['a@b.fr', 'c@d.fr', 'e@f.fr']);
    expect(check(invitationSchema, { emails: 'a@b.fr, pas-une-adresse', role: 'MEMBER' }).errors?.emails)
      .toBe("« pas-une-adresse » n'est pas une adresse e-mail valide.");
  });
});
