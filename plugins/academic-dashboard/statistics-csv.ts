// The per-school statistics as a CSV download: a signed, short-lived link (like campaign exports) and the
// route that serves it, which checks the viewer role again when the link is used.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { SignJWT, jwtVerify } from 'jose';
import { stringify } from 'csv-stringify/sync';
import { perSchool, type SchoolStatistics } from './statistics.js';
import { Academy, AcademicViewer } from './academy.entity.js';
import { Access } from '../../server/src/plugin-api/index.js';

const TTL_SECONDS = 15 * 60;
// An audience of its own: these links cannot be replayed on another download route, nor the reverse.
const AUDIENCE = 'academy-statistics';
const BOM = '\uFEFF';

interface Secrets { authSecret: Uint8Array; publicApiUrl: string }

export async function statisticsCsvUrl(config: Secrets, code: string, schoolYear: number, userId: number): Promise<string> {
  const token = await new SignJWT({ code, schoolYear })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`user:${userId}`)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(config.authSecret);
  return `${config.publicApiUrl}/academies/${encodeURIComponent(code)}/statistics.csv?schoolYear=${schoolYear}&token=${token}`;
}

export async function readStatisticsGrant(token: string, secret: Uint8Array): Promise<{ code: string; schoolYear: number; userId: number } | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { audience: AUDIENCE, algorithms: ['HS256'] });
    const userId = Number(String(payload.sub).replace('user:', ''));
    const schoolYear = Number(payload.schoolYear);
    if (!Number.isInteger(userId) || !Number.isInteger(schoolYear) || typeof payload.code !== 'string') return null;
    return { code: payload.code, schoolYear, userId };
  } catch {
    return null;
  }
}

/** French spreadsheets read a decimal comma. */
const decimal = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export const CSV_HEADER = ['UAI', 'Établissement', 'Élèves', 'Certifiables (%)', 'Certifiés (%)', 'Score pix moyen des certifiés', 'Élèves ayant participé à une campagne'];

export function statisticsCsv(rows: SchoolStatistics[]): string {
  const records = rows.map((r) => [r.uai, r.name ?? '', r.students, decimal(r.certifiablePercentage), decimal(r.certifiedPercentage), decimal(r.meanPixScore), r.participatingStudents]);
  return BOM + stringify([CSV_HEADER, ...records], { delimiter: ';', record_delimiter: '\r\n' });
}

export function csvFileName(code: string, schoolYear: number): string {
  return `statistiques-academie-${code.replace(/[^A-Za-z0-9]/g, '')}-${schoolYear}-${schoolYear + 1}.csv`;
}

/** The link is checked against the role again: it may have been withdrawn since the link was made. */
async function mayRead(em: EntityManager, userId: number, code: string): Promise<boolean> {
  return (await em.count(AcademicViewer, { user: userId, academy: { code } })) > 0 || new Access(() => em, { kind: 'user', userId }).hasPlatformRole('ADMIN');
}

/** GET /academies/:code/statistics.csv?schoolYear=&token= — one line per school of the academy. */
export function registerStatisticsCsvRoute(app: Express, { orm, authSecret }: { orm: MikroORM; authSecret: Uint8Array }): void {
  app.get('/academies/:code/statistics.csv', async (req, res) => {
    const refuse = (message: string) => res.status(403).type('text/plain; charset=utf-8').send(message);
    const grant = await readStatisticsGrant(String(req.query.token ?? ''), authSecret);
    const code = String(req.params.code);
    if (!grant || grant.code !== code || grant.schoolYear !== Number(req.query.schoolYear)) {
      return void refuse('Lien de téléchargement invalide ou expiré : relancez le téléchargement depuis le tableau de bord.');
    }
    const em = orm.em.fork();
    if (!(await em.count(Academy, { code })) || !(await mayRead(em, grant.userId, code))) {
      return void refuse('Vous n’avez pas accès aux statistiques de cette académie.');
    }
    const csv = statisticsCsv(await perSchool(em, { codes: [code], schoolYear: grant.schoolYear }));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${csvFileName(code, grant.schoolYear)}"`);
    res.send(csv);
  });
}
