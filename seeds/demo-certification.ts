// Demo certification data: a session for the collège's 3e1 (to try the candidate and invigilator paths) and a
// published session of the lycée's T2 with certificates (to try the public verification). Idempotent.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../server/src/config.js';
import { Certificate } from '../server/src/modules/certification/certificate.entity.js';
import { CertificationCenter } from '../server/src/modules/certification/certification-center.entity.js';
import { CertificationResult, CertificationStatus } from '../server/src/modules/certification/certification-result.entity.js';
import { CertificationCandidate, CertificationSession, SessionStatus } from '../server/src/modules/certification/certification-session.entity.js';
import { Organization } from '../server/src/modules/organization/organization.entity.js';
import { Student } from '../server/src/modules/organization/student.entity.js';
import { latestElementsOfUsers } from '../server/src/modules/profile/profile.loaders.js';
import { buildProfile } from '../server/src/modules/profile/profile-rules.js';
import type { Referential } from '../server/src/modules/referential/load-content.js';
import { generateVerificationCode } from '../server/src/modules/certification/verification-code.js';
import { seededRandom } from './demo-names.js';

/** Fixed so that the README can name them. */
export const DEMO_SESSION = { room: 'Salle informatique 1', accessCode: 'BCDF23', invigilatorPassword: 'KMPQR' };

export async function seedCertification(tx: EntityManager, referential: Referential, config: Config, count: () => void): Promise<void> {
  const ferrat = await tx.findOneOrFail(Organization, { uai: '0381234A' });
  const ferratCentre = await tx.findOneOrFail(CertificationCenter, { organization: ferrat });
  if (!(await tx.count(CertificationSession, { certificationCenter: ferratCentre }))) {
    count();
    const session = tx.create(CertificationSession, {
      certificationCenter: ferratCentre, address: 'Collège Jean Ferrat, bâtiment B', room: DEMO_SESSION.room, examiner: 'M. Bernard',
      date: new Date().toISOString().slice(0, 10), time: '08:30', description: 'Session de démonstration (3e1)',
      accessCode: DEMO_SESSION.accessCode, invigilatorPassword: DEMO_SESSION.invigilatorPassword, invigilatorCount: 2,
    });
    for (const s of await tx.find(Student, { organization: ferrat, division: '3e1' })) {
      tx.create(CertificationCandidate, { session, student: s, firstName: s.firstName, lastName: s.lastName, birthdate: s.birthdate, division: s.division, externalId: s.nationalId });
    }
  }

  const lulli = await tx.findOneOrFail(Organization, { uai: '0381235B' });
  const lulliCentre = await tx.findOneOrFail(CertificationCenter, { organization: lulli });
  if (await tx.count(CertificationSession, { certificationCenter: lulliCentre })) return;
  count();
  const publishedAt = new Date(Date.UTC(2026, 1, 10, 12));
  const session = tx.create(CertificationSession, {
    certificationCenter: lulliCentre, address: 'Lycée Jean-Baptiste Lulli', room: 'CDI', examiner: 'Mme Roux', date: '2026-02-10', time: '09:00',
    accessCode: 'DFGH46', invigilatorPassword: 'TVWXY', status: SessionStatus.PROCESSED, finalizedAt: publishedAt, publishedAt,
  });
  const students = await tx.find(Student, { organization: lulli, division: 'T2', user: { $ne: null } }, { orderBy: { lastName: 'asc' } });
  const elements = await latestElementsOfUsers(tx, students.map((s) => s.user!.id));
  const random = seededRandom(2026);
  for (const s of students) {
    const profile = buildProfile(elements.get(s.user!.id) ?? [], referential, config, publishedAt);
    const candidate = tx.create(CertificationCandidate, { session, student: s, user: s.user, firstName: s.firstName, lastName: s.lastName, birthdate: s.birthdate, division: s.division, joinedAt: publishedAt, hasSeenEndTestScreen: true });
    const validated = profile.isCertifiable;
    const competences = profile.scorecards.map((c) => ({ competenceCode: c.competenceCode, level: c.level, pix: c.pix, decision: 'KEEP', explanation: 'Démonstration' }));
    tx.create(CertificationResult, {
      candidate, session, status: validated ? CertificationStatus.VALIDATED : CertificationStatus.REJECTED,
      pixScore: validated ? profile.totalPix : 0, reproducibilityRate: validated ? 92 : 40, competences: validated ? competences : [], explanation: { status: 'Données de démonstration' },
    });
    if (!validated) continue;
    await tx.flush();
    const code = generateVerificationCode((max) => Math.floor(random() * max));
    tx.create(Certificate, {
      user: s.user!, verificationCode: code, pixScore: profile.totalPix, certificationCandidateId: candidate.id, sessionId: session.id,
      competences: competences.filter((c) => c.level > 0).map((c) => ({ competenceCode: c.competenceCode, level: c.level })),
      certificationCenterName: lulliCentre.name, deliveredAt: publishedAt, isPublished: true,
    });
  }
}
