import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../../testing/test-server.js';
import { buildCertificationCenter, buildCertificationCenterMembership, buildUser } from '../../../testing/factories.js';
import { OrganizationType } from '../organization/organization.entity.js';
import { CertificationCandidate } from './certification-session.entity.js';
import { CANDIDATE_COLUMNS } from './import-candidates.js';

const IMPORT = `mutation($s: ID!, $f: String!) { importCertificationCandidates(sessionId: $s, file: $f) { firstName lastName birthdate extraTimePercentage } }`;
let server: TestServer;
let userId = 0;
let sessionId = '';

beforeAll(async () => {
  server = await createTestServer();
  const em = server.em();
  const centre = buildCertificationCenter(em, { name: 'Centre de formation', type: OrganizationType.PRO });
  const user = buildUser(em, { passwordHash: 'x' });
  buildCertificationCenterMembership(em, user, centre);
  await em.flush();
  userId = user.id;
  sessionId = (await server.execute(`mutation($i: CreateSessionInput!) { createCertificationSession(input: $i) { id } }`, { i: { certificationCenterId: String(centre.id), address: 'A', room: 'B', examiner: 'C', date: '2026-12-01', time: '09:00' } }, { userId })).data!.createCertificationSession.id;
});
afterAll(() => server?.close());

const csv = (...lines: string[]) => `\uFEFF${CANDIDATE_COLUMNS.join(';')}\n${lines.join('\n')}\n`;

describe('candidate list import', () => {
  it('refuses the whole file and lists every problem with its line', async () => {
    const res = await server.execute(IMPORT, { s: sessionId, f: csv('Durand;Inès;01/02/1998;F;;;;;;', ';Léo;31/02/2001;X;;;;;;500') }, { userId });
    expect(res.errors![0].extensions!.code).toBe('CANDIDATE_IMPORT_REFUSED');
    expect((res.errors![0].extensions!.problems as { line: number; code: string }[]).map((p) => `${p.line}:${p.code}`)).toEqual(['3:LAST_NAME_MISSING', '3:BIRTHDATE_INVALID', '3:SEX_INVALID', '3:EXTRA_TIME_INVALID']);
    expect(await server.em().count(CertificationCandidate, { session: Number(sessionId) })).toBe(0);
  });

  it('enrols a valid list, with extra time', async () => {
    const res = await server.execute(IMPORT, { s: sessionId, f: csv('Durand;Inès;01/02/1998;F;38185;38000;Grenoble;France;DUR-0142;', 'Martin;Léo;15/09/2001;M;;;Lyon;France;;33') }, { userId });
    expect(res.data!.importCertificationCandidates).toEqual([
      { firstName: 'Inès', lastName: 'Durand', birthdate: '1998-02-01', extraTimePercentage: 0 },
      { firstName: 'Léo', lastName: 'Martin', birthdate: '2001-09-15', extraTimePercentage: 33 },
    ]);
    const again = await server.execute(IMPORT, { s: sessionId, f: csv('durand;ines;01/02/1998;;;;;;;') }, { userId });
    expect((again.errors![0].extensions!.problems as { code: string }[])[0].code).toBe('CANDIDATE_ALREADY_ENROLLED');
  });
});
