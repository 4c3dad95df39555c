// Turns an uploaded student file into a byte stream for the readers, unzipping a zipped SIECLE export.
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ImportFileError, fileProblem } from './student-record.js';

export { ImportFileError } from './student-record.js';

export type StudentFileFormat = 'SIECLE_XML' | 'CSV';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Small slices so that a reader never decodes the whole file at once.
const SLICE_BYTES = 64 * 1024;

function isZip(content: Buffer): boolean {
  return content.subarray(0, 4).equals(ZIP_MAGIC);
}

/** The buffer as a stream of views on it (no copy). */
function sliced(content: Buffer): Readable {
  return Readable.from((function* () {
    for (let start = 0; start < content.length; start += SLICE_BYTES) yield content.subarray(start, start + SLICE_BYTES);
  })());
}

function unreadableZip(): ImportFileError {
  return new ImportFileError(fileProblem('FILE_UNREADABLE', "L'archive ZIP est illisible ou endommagée."));
}

async function openZippedXml(content: Buffer): Promise<Readable> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(content, { lazyEntries: true });
  } catch {
    throw unreadableZip();
  }
  const xmlEntries: yauzl.Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      // Skip folders and the metadata some archivers add (__MACOSX/, ._file.xml).
      const name = entry.fileName.split('/').pop() ?? '';
      if (/\.xml$/i.test(name) && !name.startsWith('._') && !entry.fileName.startsWith('__MACOSX/')) xmlEntries.push(entry);
    }
  } catch {
    throw unreadableZip();
  }
  if (xmlEntries.length === 0) {
    zip.close();
    throw new ImportFileError(fileProblem('ZIP_WITHOUT_XML', "L'archive ZIP ne contient aucun fichier XML : déposez l'export SIECLE des élèves (fichier .xml ou .zip)."));
  }
  if (xmlEntries.length > 1) {
    zip.close();
    const names = xmlEntries.map((entry) => entry.fileName).join(', ');
    throw new ImportFileError(fileProblem('ZIP_MULTIPLE_XML', `L'archive ZIP contient plusieurs fichiers XML (${names}) ; elle ne doit en contenir qu'un.`));
  }
  const [entry] = xmlEntries;
  if (entry.isEncrypted()) {
    zip.close();
    throw new ImportFileError(fileProblem('FILE_UNREADABLE', "L'archive ZIP est protégée par un mot de passe : déposez-la sans chiffrement."));
  }
  try {
    return await zip.openReadStreamPromise(entry);
  } catch {
    throw unreadableZip();
  }
}

/**
 * The file's bytes as a stream: a SIECLE export may be a plain XML or a ZIP holding one XML; a CSV is read as is.
 * Throws ImportFileError (FILE_EMPTY, FILE_UNREADABLE, ZIP_WITHOUT_XML, ZIP_MULTIPLE_XML) when nothing can be read.
 */
export async function openStudentFile(content: Buffer, format: StudentFileFormat): Promise<Readable> {
  if (content.length === 0) throw new ImportFileError(fileProblem('FILE_EMPTY', 'Le fichier est vide.'));
  if (!isZip(content)) return sliced(content);
  if (format === 'CSV') {
    throw new ImportFileError(fileProblem('FILE_UNREADABLE', 'Ce fichier est une archive ZIP : un fichier CSV (séparateur « ; ») est attendu.'));
  }
  return openZippedXml(content);
}

/** The input's chunks as Buffers; a failing input (e.g. a corrupt zip entry) becomes an ImportFileError. */
export async function* fileChunks(input: Readable): AsyncGenerator<Buffer> {
  const chunks = input[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<unknown>;
      try {
        next = await chunks.next();
      } catch (error) {
        if (error instanceof ImportFileError) throw error;
        throw new ImportFileError(fileProblem('FILE_UNREADABLE', "Le fichier n'a pas pu être lu jusqu'au bout ; il est peut-être endommagé."));
      }
      if (next.done) return;
      const chunk = next.value as Buffer | Uint8Array | string;
      if (typeof chunk === 'string') yield Buffer.from(chunk);
      else yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } finally {
    // Stopping early (e.g. wrong UAI) releases the input.
    await chunks.return?.();
  }
}
