// Enrolling candidates: for a school's centre, from the school's own pupils, with their extra time.
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputInvalidError } from '../../graphql/errors.js';
import { Student } from '../organization/student.entity.js';
import { CertificationCenter } from './certification-center.entity.js';
import { CertificationCandidate } from './certification-session.entity.js';
import { CandidateAlreadyEnrolledError, CandidateLimitReachedError, NotAStudentOfCentreError } from './errors.js';
import type { Platform } from '../../graphql/context.js';
import { Organization } from '../organization/organization.entity.js';
import { editableSession } from './manage-sessions.js';
import { notifySessionChange } from './session-events.js';

export async function enrolStudents(em: EntityManager, platform: Platform, sessionId: number, studentIds: number[], extraTimePercentages: number[] | null | undefined): Promise<CertificationCandidate[]> {
  if (!studentIds.length) throw new InputInvalidError([{ field: 'studentIds', message: 'Choisissez au moins un élève.' }]);
  if (new Set(studentIds).size !== studentIds.length) throw new InputInvalidError([{ field: 'studentIds', message: 'Un élève figure deux fois dans la liste.' }]);
  if (extraTimePercentages && extraTimePercentages.length !== studentIds.length) {
    throw new InputInvalidError([{ field: 'extraTimePercentages', message: 'Indiquez un temps majoré par élève, ou aucun.' }]);
  }
  if (extraTimePercentages?.some((p) => !Number.isInteger(p) || p < 0 || p > 200)) {
    throw new InputInvalidError([{ field: 'extraTimePercentages', message: 'Le temps majoré est un pourcentage entre 0 et 200.' }]);
  }
  return em.transactional(async (tx) => {
    const session = await editableSession(tx, sessionId);
    await tx.execute('select id from certification_sessions where id = ? for update', [session.id]);
    const centre = await tx.findOneOrFail(CertificationCenter, { id: session.certificationCenter.id });
    if (!centre.organization) throw new NotAStudentOfCentreError();
    const organization = await tx.findOneOrFail(Organization, { id: centre.organization.id });
    const rule = platform.rules.for('sessionRules', organization);
    if (rule) {
      const max = rule.maxCandidatesPerInvigilator * session.invigilatorCount;
      const already = await tx.count(CertificationCandidate, { session });
      if (already + studentIds.length > max) throw new CandidateLimitReachedError(max, session.invigilatorCount);
    }
    const students = await tx.find(Student, { id: { $in: studentIds }, organization: centre.organization, leftAt: null });
    if (students.length !== studentIds.length) throw new NotAStudentOfCentreError();
    const already = await tx.find(CertificationCandidate, { session, student: { $in: studentIds } }, { populate: ['student'] });
    if (already.length) throw new CandidateAlreadyEnrolledError(`${already[0].firstName} ${already[0].lastName}`);
    const byId = new Map(students.map((s) => [s.id, s]));
    const candidates = studentIds.map((id, i) => {
      const s = byId.get(id)!;
      return tx.create(CertificationCandidate, {
        session, student: s, firstName: s.firstName, lastName: s.preferredLastName || s.lastName, birthdate: s.birthdate, division: s.division ?? null,
        birthCity: s.birthCity ?? null, birthInseeCode: s.birthCityCode ?? null, birthCountry: s.birthCountryCode ?? null, sex: s.sex ?? null,
        externalId: s.nationalId, extraTimePercentage: extraTimePercentages?.[i] ?? 0,
      });
    });
    await tx.flush();
    await notifySessionChange(tx, session.id, null);
    return candidates;
  });
}

export async function removeCandidate(em: EntityManager, candidateId: number): Promise<void> {
  await em.transactional(async (tx) => {
    const candidate = await tx.findOneOrFail(CertificationCandidate, { id: candidateId });
    await editableSession(tx, candidate.session.id);
    await tx.nativeDelete(CertificationCandidate, { id: candidateId });
    await notifySessionChange(tx, candidate.session.id, null);
  });
}
