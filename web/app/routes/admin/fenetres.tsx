// The certification windows of a school year, one per type of school (college and lycee plugins): the dates the
// plugins ship are defaults, an administrator sets others for a given year.
import { data, Form, useNavigation } from 'react-router';
import type { Route } from './+types/fenetres';
import { Field, FormError } from '../../components/field';
import { graphql } from '../../gql';
import { failureStatus, load, mutate } from '../../lib/api.server';
import { calendarDate } from '../../lib/dates';
import { requireToken } from '../../lib/session.server';
import { apiFieldErrors, check, formValues, useFormCheck, type FieldErrors } from '../../lib/validation';
import { currentSchoolYear, windowSchema } from './forms';

const WindowsQuery = graphql(`
  query AdminCertificationWindows($schoolYear: Int!) {
    certificationWindows(schoolYear: $schoolYear) { plugin audience schoolYear start end makeUpStart makeUpEnd }
  }
`);

const SetWindowMutation = graphql(`
  mutation AdminSetCertificationWindow($plugin: ID!, $schoolYear: Int!, $start: Date!, $end: Date!, $makeUpStart: Date, $makeUpEnd: Date) {
    setCertificationWindow(plugin: $plugin, schoolYear: $schoolYear, start: $start, end: $end, makeUpStart: $makeUpStart, makeUpEnd: $makeUpEnd) {
      plugin schoolYear start end makeUpStart makeUpEnd
    }
  }
`);

// The plugins that set windows, so that a year without dates yet still gets a form for each type of school.
const SCHOOL_TYPES = [
  { plugin: 'college', label: 'Collèges (fin de 3e)' },
  { plugin: 'lycee', label: 'Lycées' },
];

interface Window { plugin: string; start: string; end: string; makeUpStart?: string | null; makeUpEnd?: string | null }
interface ActionResult { plugin: string; done?: string; errors?: FieldErrors | null; formError?: string | null; sent?: Record<string, string> }

export function meta() {
  return [{ title: 'Fenêtres de certification – Administration – OpenCRCN' }];
}

function yearFrom(url: URL): number {
  const asked = Number(url.searchParams.get('annee'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentSchoolYear();
}

export async function loader({ request }: Route.LoaderArgs) {
  const token = await requireToken(request);
  const schoolYear = yearFrom(new URL(request.url));
  const { certificationWindows } = await load(request, token, WindowsQuery, { schoolYear });
  const current = currentSchoolYear();
  // A few years back and ahead, and the one asked if it is further.
  const years = [...new Set([...Array.from({ length: 8 }, (_, i) => current - 5 + i), schoolYear])].sort((a, b) => a - b);
  return { schoolYear, years, windows: certificationWindows };
}

export async function action({ request }: Route.ActionArgs) {
  const token = await requireToken(request);
  const values = formValues(await request.formData());
  const plugin = values.plugin ?? '';
  const checked = check(windowSchema, values);
  if (checked.errors) return data<ActionResult>({ plugin, errors: checked.errors, sent: values }, { status: 400 });
  const { schoolYear, start, end, makeUpStart, makeUpEnd } = checked.data;
  const result = await mutate(request, token, SetWindowMutation, {
    plugin, schoolYear: Number(schoolYear), start, end, makeUpStart: makeUpStart || null, makeUpEnd: makeUpEnd || null,
  });
  if (result.error) {
    const errors = apiFieldErrors(result.error);
    // A refusal about the plugin or the year concerns the whole form.
    const shown = errors && Object.keys(errors).every((f) => f in values && f !== 'plugin' && f !== 'schoolYear') ? errors : null;
    return data<ActionResult>({ plugin, errors: shown, formError: shown ? null : result.error.message, sent: values }, { status: failureStatus(result.error) });
  }
  return { plugin, done: 'Fenêtre enregistrée.' } satisfies ActionResult;
}

function WindowForm({ type, schoolYear, window, result }: { type: { plugin: string; label: string }; schoolYear: number; window?: Window; result?: ActionResult }) {
  const navigation = useNavigation();
  const ours = result?.plugin === type.plugin ? result : undefined;
  const { errors, onSubmit } = useFormCheck(windowSchema, ours?.errors);
  // After a refusal the dates typed stay; otherwise the saved ones show.
  const value = (name: keyof Window) => ours?.sent?.[name] ?? window?.[name] ?? '';
  const id = (name: string) => `${type.plugin}-${name}`;
  const submitting = navigation.state === 'submitting' && navigation.formData?.get('plugin') === type.plugin;
  return (
    <section className="panel panel-form" aria-labelledby={id('titre')} data-testid={`window-${type.plugin}`}>
      <h2 id={id('titre')}>{type.label}</h2>
      {window ? (
        <p className="muted">
          Du {calendarDate(window.start)} au {calendarDate(window.end)}
          {window.makeUpStart && window.makeUpEnd ? `, rattrapage du ${calendarDate(window.makeUpStart)} au ${calendarDate(window.makeUpEnd)}` : ', sans rattrapage'}.
        </p>
      ) : <p className="empty">Aucune fenêtre pour cette année : les sessions ne sont pas limitées.</p>}
      {ours?.done && <p role="status" className="banner banner-ok">{ours.done}</p>}
      <FormError message={ours?.formError} />
      <Form method="post" noValidate onSubmit={onSubmit} className="form" key={`${schoolYear}-${window?.start}-${window?.end}-${window?.makeUpStart}-${window?.makeUpEnd}-${ours?.sent ? 'sent' : ''}`}>
        <input type="hidden" name="plugin" value={type.plugin} />
        <input type="hidden" name="schoolYear" value={schoolYear} />
        <Field name="start" id={id('start')} type="date" label="Début" defaultValue={value('start')} error={errors.start} required />
        <Field name="end" id={id('end')} type="date" label="Fin" defaultValue={value('end')} error={errors.end} required />
        <Field name="makeUpStart" id={id('makeUpStart')} type="date" label="Début du rattrapage" hint="Facultatif : une semaine de rattrapage après la fenêtre." defaultValue={value('makeUpStart')} error={errors.makeUpStart} />
        <Field name="makeUpEnd" id={id('makeUpEnd')} type="date" label="Fin du rattrapage" defaultValue={value('makeUpEnd')} error={errors.makeUpEnd} />
        <div>
          <button type="submit" className="button" disabled={submitting}>Enregistrer la fenêtre des {type.label.split(' ')[0].toLowerCase()}</button>
        </div>
      </Form>
    </section>
  );
}

export default function Fenetres({ loaderData, actionData }: Route.ComponentProps) {
  const { schoolYear, years, windows } = loaderData;
  // Types the API reports beyond the known ones (another plugin installed) get a form too.
  const types = [...SCHOOL_TYPES, ...windows.filter((w) => !SCHOOL_TYPES.some((t) => t.plugin === w.plugin)).map((w) => ({ plugin: w.plugin, label: w.audience }))];
  return (
    <>
      <h1>Fenêtres de certification</h1>
      <p className="lead">
        Les sessions de certification des établissements ont lieu dans la fenêtre de leur type d'établissement, ou pendant la semaine de rattrapage.
      </p>
      <Form method="get" className="search-form">
        <label htmlFor="annee">Année scolaire</label>
        <select id="annee" name="annee" defaultValue={schoolYear} key={schoolYear}>
          {years.map((y) => <option key={y} value={y}>{y}-{y + 1}</option>)}
        </select>
        <button type="submit" className="button button-secondary">Afficher</button>
      </Form>
      {types.map((type) => (
        <WindowForm key={`${schoolYear}-${type.plugin}`} type={type} schoolYear={schoolYear} window={windows.find((w) => w.plugin === type.plugin)} result={actionData} />
      ))}
    </>
  );
}
