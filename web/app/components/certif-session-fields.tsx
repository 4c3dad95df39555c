// The fields of a certification session, for its creation and its changes.
import { Field } from './field';

export interface SessionDefaults {
  address?: string;
  room?: string;
  examiner?: string;
  date?: string;
  time?: string;
  description?: string | null;
  invigilatorCount?: number | null;
}

export function SessionFields({ defaults = {}, errors = {}, idPrefix = '' }: { defaults?: SessionDefaults; errors?: Record<string, string>; idPrefix?: string }) {
  return (
    <>
      <Field id={`${idPrefix}address`} name="address" label="Site" hint="Le nom et l'adresse du lieu" defaultValue={defaults.address} error={errors.address} required />
      <Field id={`${idPrefix}room`} name="room" label="Salle" defaultValue={defaults.room} error={errors.room} required />
      <Field id={`${idPrefix}examiner`} name="examiner" label="Surveillant(s)" defaultValue={defaults.examiner} error={errors.examiner} required />
      <div className="certif-row">
        <Field id={`${idPrefix}date`} name="date" type="date" label="Date" defaultValue={defaults.date} error={errors.date} required />
        <Field id={`${idPrefix}time`} name="time" type="time" label="Heure de début" defaultValue={defaults.time} error={errors.time} required />
        <Field
          id={`${idPrefix}invigilatorCount`} name="invigilatorCount" type="number" min={1} max={20} label="Nombre de surveillants"
          hint="Au moins 1 pour 20 candidats" defaultValue={defaults.invigilatorCount ?? 1} error={errors.invigilatorCount}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}description`}>Description (facultatif)</label>
        <textarea
          id={`${idPrefix}description`} name="description" rows={2} maxLength={500} defaultValue={defaults.description ?? ''}
          aria-invalid={errors.description ? true : undefined} aria-describedby={errors.description ? `${idPrefix}description-error` : undefined}
        />
        {errors.description && <p id={`${idPrefix}description-error`} className="field-error">{errors.description}</p>}
      </div>
    </>
  );
}
