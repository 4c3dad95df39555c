// An uploaded student file, checked and turned into the data URL the API expects.
import type { StudentFileFormat } from '../gql/graphql';

/** The API's own limit: refusing earlier spares sending 40 Mo of base64 for nothing. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

const TYPES: Record<string, { mime: string; formats: StudentFileFormat[] }> = {
  xml: { mime: 'application/xml', formats: ['SIECLE_XML'] },
  zip: { mime: 'application/zip', formats: ['SIECLE_XML'] },
  csv: { mime: 'text/csv', formats: ['CSV'] },
};

export type UploadCheck = { ok: true; dataUrl: string } | { ok: false; error: string };

export async function studentFileDataUrl(file: FormDataEntryValue | null, format: StudentFileFormat): Promise<UploadCheck> {
  if (!(file instanceof File) || !file.name || file.size === 0) return { ok: false, error: 'Choisissez le fichier à importer.' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'Le fichier dépasse 30 Mo.' };
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const type = TYPES[extension];
  if (!type) return { ok: false, error: 'Le fichier doit être un export SIECLE (.xml ou .zip) ou un fichier .csv.' };
  if (!type.formats.includes(format)) {
    return { ok: false, error: format === 'CSV' ? 'Un fichier CSV se termine par .csv.' : 'Un export SIECLE se termine par .xml ou .zip.' };
  }
  const base64 = Buffer.from(await file.arrayBuffer()).toString('base64');
  return { ok: true, dataUrl: `data:${type.mime};base64,${base64}` };
}
