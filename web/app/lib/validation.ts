// Form checks that run twice: in the browser for instant feedback, and in the route action for requests sent
// without JavaScript or crafted by hand. The schemas live in forms.ts; this file holds the plumbing.
import { useState, type FormEvent } from 'react';
import type * as z from 'zod/mini';

export type FieldErrors = Record<string, string>;

export type Checked<T> = { data: T; errors: null } | { data: null; errors: FieldErrors };

/** The form's fields as a plain object; a field sent several times keeps its last value. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string') values[name] = value;
  return values;
}

/** The parsed values, or one message per field (the first problem found for each). */
export function check<S extends z.ZodMiniType>(schema: S, values: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data as z.infer<S>, errors: null };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return { data: null, errors };
}

/** The API's field messages (BAD_USER_INPUT), renamed to the form's fields where the names differ. */
export function apiFieldErrors(error: { fields?: { field: string; message: string }[] }, rename: Record<string, string> = {}): FieldErrors | null {
  if (!error.fields?.length) return null;
  const errors: FieldErrors = {};
  for (const { field, message } of error.fields) {
    const name = rename[field] ?? field.split('.').pop() ?? field;
    errors[name] ??= message;
  }
  return errors;
}

/**
 * Checks the form before it leaves the browser: on a problem the submission stops, the messages show and the
 * first faulty field gets the focus. Server messages show until the next attempt.
 */
export function useFormCheck<S extends z.ZodMiniType>(schema: S, serverErrors?: FieldErrors | null) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [serverShown, setServerShown] = useState(serverErrors);
  // A new answer from the server replaces what the browser found.
  if (serverErrors !== serverShown) {
    setServerShown(serverErrors);
    setClientErrors(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const found = check(schema, formValues(new FormData(event.currentTarget)));
    if (!found.errors) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(found.errors);
    const first = Object.keys(found.errors)[0];
    const field = event.currentTarget.elements.namedItem(first);
    // A group of radio buttons comes back as a list: its first button takes the focus.
    const target = field instanceof RadioNodeList ? field[0] : field;
    if (target instanceof HTMLElement) target.focus();
  }

  return { errors: clientErrors ?? serverErrors ?? {}, onSubmit };
}
