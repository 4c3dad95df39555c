// The rules of the app's forms, shared by the browser and the server (see validation.ts).
// They mirror the API's own rules, so that most mistakes are caught before a round trip.
import * as z from 'zod/mini';

const trimmed = () => z.string().check(z.trim());

function required(label: string, max = 100) {
  return trimmed().check(z.minLength(1, `${label} est obligatoire.`), z.maxLength(max, `${label} est trop long.`));
}

const email = () => z.string().check(z.trim(), z.toLowerCase(), z.email("L'adresse e-mail n'est pas valide."));

export const PASSWORD_RULE = 'au moins 8 caractères, dont une majuscule, une minuscule et un chiffre';

function isStrongEnough(password: string): boolean {
  return password.length >= 8 && password.length <= 128 && /[A-Z]/.test(password) && /[a-z]/.test(password) && /\d/.test(password);
}

const newPassword = () => z.string().check(z.refine(isStrongEnough, `Le mot de passe doit contenir ${PASSWORD_RULE}.`));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date, in the past and not absurdly old (the browser's date field sends AAAA-MM-JJ). */
function isPastDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= '1900-01-01' && date.getTime() < Date.now();
}

const birthdate = () => trimmed().check(
  z.minLength(1, 'La date de naissance est obligatoire.'),
  z.refine((v) => v === '' || isPastDate(v), "La date de naissance n'est pas valide."),
);

export const signUpSchema = z.object({
  firstName: required('Le prénom'),
  lastName: required('Le nom'),
  email: email(),
  password: newPassword(),
  // Optional: an empty field means "not given".
  birthdate: z.optional(trimmed().check(z.refine((v) => v === '' || isPastDate(v), "La date de naissance n'est pas valide."))),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, 'Saisissez votre mot de passe actuel.')),
    newPassword: newPassword(),
    confirmation: z.string(),
  })
  .check(
    z.refine((v) => v.newPassword === v.confirmation, { message: 'Les deux mots de passe ne sont pas identiques.', path: ['confirmation'] }),
    z.refine((v) => !v.newPassword || v.newPassword !== v.currentPassword, { message: "Choisissez un mot de passe différent de l'actuel.", path: ['newPassword'] }),
  );

export const identitySchema = z.object({
  firstName: required('Le prénom'),
  lastName: required('Le nom'),
  birthdate: birthdate(),
});

export const campaignCodeSchema = z.object({
  code: trimmed().check(
    z.toUpperCase(),
    z.minLength(1, 'Saisissez le code donné par votre enseignant ou votre organisation.'),
    z.regex(/^[A-Z0-9]{4,20}$/, 'Le code ne contient que des lettres et des chiffres, par exemple ABCDEF234.'),
  ),
});

export const CAMPAIGN_TYPES = ['PROFILES_COLLECTION', 'ASSESSMENT'] as const;

export const campaignSchema = z
  .object({
    type: z.enum(CAMPAIGN_TYPES, 'Choisissez le type de campagne.'),
    name: required('Le nom de la campagne', 255),
    targetProfileId: z.optional(trimmed()),
    // A checkbox sends « on » when ticked, nothing otherwise.
    multipleSendings: z.optional(z.string()),
  })
  .check(z.refine((v) => v.type !== 'ASSESSMENT' || !!v.targetProfileId, {
    message: "Une campagne d'évaluation demande un parcours : choisissez-en un.",
    path: ['targetProfileId'],
  }));

export const uaiSchema = z.object({
  uai: trimmed().check(
    z.toUpperCase(),
    z.minLength(1, "Saisissez le code UAI de l'établissement."),
    z.regex(/^\d{7}[A-Z]$/, 'Un code UAI compte 7 chiffres et une lettre, par exemple 0381234A.'),
  ),
});

/** The addresses typed in the invitation field, one per line or separated by commas, semicolons or spaces. */
export function splitEmails(text: string): string[] {
  return text.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const invitationSchema = z.object({
  emails: z.string().check(
    z.refine((v) => splitEmails(v).length > 0, 'Indiquez au moins une adresse e-mail.'),
    z.refine((v) => splitEmails(v).length <= 100, '100 adresses au plus à la fois.'),
    z.refine((v) => splitEmails(v).every((e) => EMAIL.test(e)), {
      // Naming the faulty address saves searching a long list for it.
      error: (issue) => `« ${splitEmails(String(issue.input)).find((e) => !EMAIL.test(e))} » n'est pas une adresse e-mail valide.`,
    }),
  ),
  role: z.enum(['MEMBER', 'ADMIN'], 'Choisissez un rôle.'),
});
