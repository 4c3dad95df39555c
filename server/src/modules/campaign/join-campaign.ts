// "J'ai un code": joins a campaign, reconciling the learner with the school's imported student when needed.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Platform } from '../../graphql/context.js';
import { User } from '../identity/user.entity.js';
import { Organization, OrganizationType } from '../organization/organization.entity.js';
import { Student } from '../organization/student.entity.js';
import { Assessment, AssessmentState, AssessmentType } from '../positioning/assessment.entity.js';
import { Campaign, CampaignParticipation, CampaignType, ParticipationStatus } from './campaign.entity.js';
import { normalizeCampaignCode } from './campaign-code.js';
import {
  CampaignArchivedError, CampaignNotFoundError, IdentityRequiredError, RetryNotAllowedError, StudentAlreadyLinkedError, StudentAmbiguousError, StudentNotFoundError,
} from './errors.js';
import { matchStudents, type Identity } from './match-student.js';
import { shareResults } from './share-campaign-results.js';

const DAY_MS = 24 * 3600 * 1000;

export async function findCampaignByCode(em: EntityManager, code: string): Promise<Campaign> {
  const campaign = await em.findOne(Campaign, { code: normalizeCampaignCode(code) }, { populate: ['organization'] });
  if (!campaign) throw new CampaignNotFoundError();
  return campaign;
}

/** A SCO school that imported its students only lets its own students in. */
export async function requiresStudentReconciliation(em: EntityManager, organization: Organization): Promise<boolean> {
  return organization.type === OrganizationType.SCO && (await em.count(Student, { organization, leftAt: null })) > 0;
}

function mask(value: string): string {
  const [name, domain] = value.split('@');
  const shown = name.slice(0, Math.min(2, name.length));
  return domain ? `${shown}***@${domain}` : `${shown}***`;
}

async function reconcile(em: EntityManager, organization: Organization, userId: number, identity: Identity | null | undefined): Promise<Student> {
  const mine = await em.findOne(Student, { organization, user: userId, leftAt: null });
  if (mine) return mine;
  if (!identity) throw new IdentityRequiredError();
  const candidates = await em.find(Student, { organization, leftAt: null, birthdate: identity.birthdate }, { populate: ['user'] });
  const matches = matchStudents(candidates, identity);
  if (matches.length === 0) throw new StudentNotFoundError();
  if (matches.length > 1) throw new StudentAmbiguousError();
  const student = matches[0];
  if (student.user && student.user.id !== userId) {
    const other = student.user;
    if (other.email) throw new StudentAlreadyLinkedError('EMAIL', mask(other.email));
    if (other.username) throw new StudentAlreadyLinkedError('USERNAME', mask(other.username));
    throw new StudentAlreadyLinkedError('OTHER', '');
  }
  // Only link a student nobody holds: the condition guards against two accounts racing for it.
  const linked = await em.nativeUpdate(Student, { id: student.id, user: null }, { user: userId });
  if (!linked) return reconcile(em, organization, userId, identity);
  return em.findOneOrFail(Student, { id: student.id });
}

export async function joinCampaign(em: EntityManager, platform: Platform, userId: number, code: string, identity?: Identity | null): Promise<CampaignParticipation> {
  const campaign = await findCampaignByCode(em, code);
  if (campaign.archivedAt) throw new CampaignArchivedError();
  return em.transactional(async (tx) => {
    // One join at a time per learner: the row lock keeps double clicks from creating two participations.
    await tx.execute('select id from users where id = ? for update', [userId]);
    const student = (await requiresStudentReconciliation(tx, campaign.organization)) ? await reconcile(tx, campaign.organization, userId, identity) : null;
    const current = await tx.findOne(CampaignParticipation, { campaign, user: userId, isImproved: false });
    const now = platform.now();
    if (current) {
      if (current.status !== ParticipationStatus.SHARED) return current;
      if (!campaign.multipleSendings) return current;
      if (campaign.type === CampaignType.ASSESSMENT) {
        const days = 4 - (now.getTime() - (current.sharedAt?.getTime() ?? 0)) / DAY_MS;
        if (days > 0) throw new RetryNotAllowedError(`Vous pourrez repasser ce parcours dans ${Math.ceil(days)} jour${Math.ceil(days) > 1 ? 's' : ''}.`);
        if ((current.masteryPercentage ?? 0) >= 100) throw new RetryNotAllowedError('Vous maîtrisez déjà tous les acquis de ce parcours.');
      }
      current.isImproved = true;
      await tx.flush();
    }
    const participation = tx.create(CampaignParticipation, {
      campaign,
      user: tx.getReference(User, userId),
      student,
      status: campaign.type === CampaignType.ASSESSMENT ? ParticipationStatus.STARTED : ParticipationStatus.TO_SHARE,
      isImproved: false,
      createdAt: now,
    });
    await tx.flush();
    if (campaign.type === CampaignType.ASSESSMENT) {
      tx.create(Assessment, {
        user: tx.getReference(User, userId),
        type: AssessmentType.CAMPAIGN,
        state: AssessmentState.STARTED,
        campaignParticipation: participation,
        isImproving: !!current,
        answeredCount: 0,
        createdAt: now,
      });
      await tx.flush();
    } else if (campaign.autoShare) {
      await shareResults(tx, platform, participation);
    }
    return participation;
  }).catch((e) => {
    if (e instanceof UniqueConstraintViolationException) return em.fork().findOneOrFail(CampaignParticipation, { campaign, user: userId, isImproved: false });
    throw e;
  });
}
