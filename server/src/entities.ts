// The core entities; plugins add theirs through definePlugin({ entities }).
import { User } from './modules/identity/user.entity.js';
import { KnowledgeElement } from './modules/profile/knowledge-element.entity.js';
import { Organization } from './modules/organization/organization.entity.js';
import { Membership } from './modules/organization/membership.entity.js';
import { Student } from './modules/organization/student.entity.js';
import { CertificationCenter, CertificationCenterMembership } from './modules/certification/certification-center.entity.js';
import { Certificate } from './modules/certification/certificate.entity.js';
import { Campaign, CampaignParticipation } from './modules/campaign/campaign.entity.js';
import { Answer, Assessment } from './modules/positioning/assessment.entity.js';
import { OutboxEmail } from './modules/mail/outbox-email.entity.js';
import { OrganizationInvitation } from './modules/organization/invitation.entity.js';
import { StudentImport, StudentImportFile } from './modules/organization/student-import.entity.js';
import { CampaignExport, CampaignExportChunk } from './modules/campaign/campaign-export.entity.js';
import { CertificationCandidate, CertificationChallenge, CertificationSession } from './modules/certification/certification-session.entity.js';
import { RateLimit } from './modules/identity/rate-limit.entity.js';
import { SessionDocument } from './modules/certification/session-document.entity.js';
import { CertificationWindowOverride } from './modules/certification/certification-window.js';
import { AuditEntry, CertificationIssueReport, CertificationResult } from './modules/certification/certification-result.entity.js';

export const coreEntities = [
  User,
  KnowledgeElement,
  Organization,
  Membership,
  Student,
  CertificationCenter,
  CertificationCenterMembership,
  Certificate,
  Campaign,
  CampaignParticipation,
  Assessment,
  Answer,
  OutboxEmail,
  OrganizationInvitation,
  StudentImport,
  StudentImportFile,
  CampaignExport,
  CampaignExportChunk,
  CertificationSession,
  CertificationCandidate,
  CertificationChallenge,
  RateLimit,
  CertificationResult,
  CertificationIssueReport,
  AuditEntry,
  SessionDocument,
  CertificationWindowOverride,
];
