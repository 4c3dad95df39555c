import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { siecleXml, zipArchive } from '../../../../testing/siecle-file.js';
import { ImportFileError, openStudentFile } from './open-student-file.js';

const xml = siecleXml({ uai: '0381234A', students: [{}], encoding: 'UTF-8' });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as ImportFileError).problem;
}

describe('opening a student file', () => {
  it('streams a plain file as is, in slices', async () => {
    const big = Buffer.concat([xml, Buffer.alloc(200_000, 0x20)]);
    const stream = await openStudentFile(big, 'SIECLE_XML');
    const sizes: number[] = [];
    for await (const chunk of stream) sizes.push((chunk as Buffer).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(big.length);
  });

  it('unzips the XML of a zipped SIECLE export, ignoring other files', async () => {
    const zip = zipArchive({ 'LISEZMOI.txt': Buffer.from('rien'), 'export/ElevesSansAdresses.XML': xml, '__MACOSX/export/._ElevesSansAdresses.XML': Buffer.from('x') });
    expect(await text(await openStudentFile(zip, 'SIECLE_XML'))).toBe(xml.toString('utf8'));
  });

  it('refuses a zip without XML, with several, or damaged', async () => {
    expect(await refusal(openStudentFile(zipArchive({ 'eleves.csv': Buffer.from('a;b') }), 'SIECLE_XML'))).toMatchObject({ code: 'ZIP_WITHOUT_XML' });
    const two = zipArchive({ 'a.xml': xml, 'b.xml': xml });
    expect(await refusal(openStudentFile(two, 'SIECLE_XML'))).toMatchObject({ code: 'ZIP_MULTIPLE_XML', message: expect.stringContaining('a.xml, b.xml') });
    const damaged = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]);
    expect(await refusal(openStudentFile(damaged, 'SIECLE_XML'))).toMatchObject({ code: 'FILE_UNREADABLE' });
  });

  it('refuses an empty file, and a zip where a CSV is expected', async () => {
    expect(await refusal(openStudentFile(Buffer.alloc(0), 'CSV'))).toMatchObject({ code: 'FILE_EMPTY', message: 'Le fichier est vide.' });
    expect(await refusal(openStudentFile(zipArchive({ 'eleves.csv': Buffer.from('a;b') }), 'CSV'))).toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});
