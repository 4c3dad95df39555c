import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../../testing/test-server.js';
import { buildCertificationCenter, buildCertificationSession, buildOrganization, buildStudent } from '../../../testing/factories.js';
import { CertificationIssueReport, CertificationResult } from './certification-result.entity.js';
import { CertificationCandidate, SessionStatus } from './certification-session.entity.js';
import { SessionDocument } from './session-document.entity.js';
import { purgeExpiredSessionRecords } from './retention.js';

let server: TestServer;
let sessionId = 0;
const finalizedAt = new Date(Date.UTC(2026, 5, 20, 10));

beforeAll(async () => {
  server = await createTestServer();
  const em = server.em();
  const school = buildOrganization(em);
  const centre = buildCertificationCenter(em, { organization: school });
  const session = buildCertificationSession(em, centre, { date: '2026-06-20', invigilatorPassword: 'BCDF2', status: SessionStatus.PROCESSED, finalizedAt });
  const student = buildStudent(em, school);
  const candidate = em.create(CertificationCandidate, { session, student, firstName: 'Ana', lastName: 'B', birthdate: '2011-01-01' });
  em.create(CertificationIssueReport, { candidate, category: 'FRAUD', description: 'Téléphone' });
  em.create(SessionDocument, { session, name: 'pv.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4') });
  em.create(CertificationResult, { candidate, session, status: 'VALIDATED' as never, pixScore: 100, reproducibilityRate: 90, competences: [], explanation: {} });
  await em.flush();
  sessionId = session.id;
});
afterAll(() => server?.close());

const counts = async () => [await server.em().count(SessionDocument, { session: sessionId }), await server.em().count(CertificationIssueReport, { candidate: { session: sessionId } }), await server.em().count(CertificationResult, { session: sessionId })];

describe('retention of session records', () => {
  it('keeps documents and reports for 5 years after finalisation, then purges them but not the results', async () => {
    const justBefore = new Date(finalizedAt);
    justBefore.setUTCFullYear(justBefore.getUTCFullYear() + 5);
    justBefore.setUTCDate(justBefore.getUTCDate() - 1);
    expect(await purgeExpiredSessionRecords(server.em(), justBefore)).toEqual({ sessions: 0, documents: 0, reports: 0 });
    expect(await counts()).toEqual([1, 1, 1]);

    const justAfter = new Date(finalizedAt);
    justAfter.setUTCFullYear(justAfter.getUTCFullYear() + 5);
    justAfter.setUTCDate(justAfter.getUTCDate() + 1);
    expect(await purgeExpiredSessionRecords(server.em(), justAfter)).toEqual({ sessions: 1, documents: 1, reports: 1 });
    expect(await counts()).toEqual([0, 0, 1]);
    expect(await purgeExpiredSessionRecords(server.em(), justAfter)).toEqual({ sessions: 0, documents: 0, reports: 0 });
  });
});
