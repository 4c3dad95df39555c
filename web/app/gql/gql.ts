/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CampaignExportProgress($id: ID!) {\n    campaignExport(id: $id) { id status progress rowCount totalRows downloadUrl }\n  }\n": typeof types.CampaignExportProgressDocument,
    "\n  mutation JoinCampaign($code: String!, $identity: LearnerIdentityInput) {\n    joinCampaign(code: $code, identity: $identity) {\n      id\n      status\n      campaign { code type }\n      assessment { id }\n    }\n  }\n": typeof types.JoinCampaignDocument,
    "\n  query CampaignPreview($code: String!) {\n    campaignByCode(code: $code) {\n      code name type organizationName requiresStudentReconciliation isArchived targetProfileName\n    }\n  }\n": typeof types.CampaignPreviewDocument,
    "\n  query MyCampaignParticipation {\n    me {\n      firstName\n      lastName\n      birthdate\n      participations {\n        id status sharedAt\n        campaign { code multipleSendings }\n        assessment { id }\n      }\n      profile { totalPix isCertifiable certifiableCompetencesCount }\n    }\n  }\n": typeof types.MyCampaignParticipationDocument,
    "\n  query CertifMyCandidate($sessionId: ID!) {\n    myCertificationCandidate(sessionId: $sessionId) {\n      id firstName lastName authorizedToStart liveStatus challengeCount timeLeftSeconds\n      assessment { id state }\n      session { id date time room certificationCenter { name } }\n    }\n  }\n": typeof types.CertifMyCandidateDocument,
    "\n  query CompetenceScorecard {\n    me {\n      firstName\n      lastName\n      profile {\n        scorecards {\n          competence { code name area { code title } }\n          level\n          pix\n          pixToNextLevel\n          status\n          remainingDaysBeforeImproving\n          remainingDaysBeforeReset\n        }\n      }\n    }\n  }\n": typeof types.CompetenceScorecardDocument,
    "\n  query Viewer {\n    me {\n      firstName\n      lastName\n      mustChangePassword\n      memberships { role organization { id name } }\n      certificationCenters { id }\n      platformRoles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ViewerAcademies {\n    myAcademies { code }\n  }\n": typeof types.ViewerAcademiesDocument,
    "\n  query MyAcademies {\n    myAcademies { code name schools { uai } }\n  }\n": typeof types.MyAcademiesDocument,
    "\n  query AcademyStatisticsCsvUrl($code: ID!, $schoolYear: Int!) {\n    academy(code: $code) { code statisticsCsvUrl(schoolYear: $schoolYear) }\n  }\n": typeof types.AcademyStatisticsCsvUrlDocument,
    "\n  query AcademyDashboard($code: ID!, $schoolYear: Int!) {\n    academy(code: $code) {\n      code\n      name\n      statistics(schoolYear: $schoolYear) {\n        students\n        certifiablePercentage\n        certifiedPercentage\n        meanPixScore\n        refreshedAt\n        campaignParticipation { participants shared }\n        perClassLevel { classLevel students certifiablePercentage certifiedPercentage }\n        levelDistribution { competenceCode levels }\n        weekly { weekStart certifications meanPixScore }\n        perSchool { uai name students certifiablePercentage certifiedPercentage meanPixScore participatingStudents }\n      }\n    }\n    areas { competences { code name } }\n  }\n": typeof types.AcademyDashboardDocument,
    "\n  mutation RequestOrganizationActivation($uai: String!) {\n    requestOrganizationActivation(uai: $uai) { emailHint }\n  }\n": typeof types.RequestOrganizationActivationDocument,
    "\n  query AdminAcademy($code: ID!) {\n    academy(code: $code) {\n      code\n      name\n      schools { uai name }\n      viewers { id firstName lastName email }\n    }\n  }\n": typeof types.AdminAcademyDocument,
    "\n  mutation AdminRenameAcademy($code: ID!, $name: String!) {\n    saveAcademy(code: $code, name: $name) { code }\n  }\n": typeof types.AdminRenameAcademyDocument,
    "\n  mutation AdminSetAcademySchools($code: ID!, $uais: [String!]!) {\n    setAcademySchools(code: $code, uais: $uais) { code schools { uai } }\n  }\n": typeof types.AdminSetAcademySchoolsDocument,
    "\n  mutation AdminGrantAcademicViewer($code: ID!, $email: String!) {\n    grantAcademicViewer(code: $code, email: $email) { code }\n  }\n": typeof types.AdminGrantAcademicViewerDocument,
    "\n  mutation AdminRevokeAcademicViewer($code: ID!, $userId: ID!) {\n    revokeAcademicViewer(code: $code, userId: $userId) { code }\n  }\n": typeof types.AdminRevokeAcademicViewerDocument,
    "\n  query AdminAcademies {\n    myAcademies { code name schools { uai } viewers { id } }\n  }\n": typeof types.AdminAcademiesDocument,
    "\n  mutation AdminCreateAcademy($code: ID!, $name: String!) {\n    saveAcademy(code: $code, name: $name) { code }\n  }\n": typeof types.AdminCreateAcademyDocument,
    "\n  query AdminCertificationWindows($schoolYear: Int!) {\n    certificationWindows(schoolYear: $schoolYear) { plugin audience schoolYear start end makeUpStart makeUpEnd }\n  }\n": typeof types.AdminCertificationWindowsDocument,
    "\n  mutation AdminSetCertificationWindow($plugin: ID!, $schoolYear: Int!, $start: Date!, $end: Date!, $makeUpStart: Date, $makeUpEnd: Date) {\n    setCertificationWindow(plugin: $plugin, schoolYear: $schoolYear, start: $start, end: $end, makeUpStart: $makeUpStart, makeUpEnd: $makeUpEnd) {\n      plugin schoolYear start end makeUpStart makeUpEnd\n    }\n  }\n": typeof types.AdminSetCertificationWindowDocument,
    "\n  query AdminLayout {\n    me { platformRoles }\n  }\n": typeof types.AdminLayoutDocument,
    "\n  query CampaignExists($code: String!) {\n    campaignByCode(code: $code) { code }\n  }\n": typeof types.CampaignExistsDocument,
    "\n  query MyParticipations {\n    me { participations { id status sharedAt campaign { code name type } } }\n  }\n": typeof types.MyParticipationsDocument,
    "\n  mutation ShareCampaignResults($participationId: ID!) {\n    shareCampaignResults(participationId: $participationId) { id status sharedAt }\n  }\n": typeof types.ShareCampaignResultsDocument,
    "\n  mutation CertifStart($sessionId: ID!, $accessCode: String!) {\n    startCertification(sessionId: $sessionId, accessCode: $accessCode) { id }\n  }\n": typeof types.CertifStartDocument,
    "\n  fragment CertifTestAssessment on Assessment {\n    id state answeredCount\n    nextChallenge {\n      id type instruction proposals timerSeconds focused\n      illustration { url alt }\n      attachment { name url }\n      embed { url title height }\n    }\n  }\n": typeof types.CertifTestAssessmentFragmentDoc,
    "\n  mutation CertifEnter($assessmentId: ID!) {\n    enterCertification(assessmentId: $assessmentId)\n  }\n": typeof types.CertifEnterDocument,
    "\n  query CertifTestAssessment($id: ID!) {\n    assessment(id: $id) { ...CertifTestAssessment }\n  }\n": typeof types.CertifTestAssessmentDocument,
    "\n  mutation CertifSubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { assessment { ...CertifTestAssessment } }\n  }\n": typeof types.CertifSubmitAnswerDocument,
    "\n  query CertifCandidateProfile {\n    me { firstName lastName birthdate profile { isCertifiable certifiableCompetencesCount } }\n  }\n": typeof types.CertifCandidateProfileDocument,
    "\n  mutation CertifJoinSession($sessionId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!) {\n    joinCertificationSession(sessionId: $sessionId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate) { id }\n  }\n": typeof types.CertifJoinSessionDocument,
    "\n  query CertifCentre($id: ID!) {\n    certificationCenter(id: $id) {\n      id name type\n      organization { id divisions }\n      sessions { id date time room address examiner status hasStarted }\n    }\n  }\n": typeof types.CertifCentreDocument,
    "\n  query CertifSchoolResults($id: ID!, $division: String) {\n    organization(id: $id) {\n      id\n      certificationResults(division: $division) {\n        candidate { id firstName lastName division } status pixScore competences { competence { code } level }\n      }\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n": typeof types.CertifSchoolResultsDocument,
    "\n  mutation CertifCreateSession($input: CreateSessionInput!) {\n    createCertificationSession(input: $input) { id }\n  }\n": typeof types.CertifCreateSessionDocument,
    "\n  mutation CertifCreateSessionsPerClass($input: CreateSessionsPerClassInput!) {\n    createCertificationSessionsPerClass(input: $input) { id }\n  }\n": typeof types.CertifCreateSessionsPerClassDocument,
    "\n  query CertifCentres {\n    me { certificationCenters { id name } }\n  }\n": typeof types.CertifCentresDocument,
    "\n  query CertifMyCertificates {\n    me {\n      certificates {\n        id verificationCode pixScore deliveredAt validUntil certificationCenterName attestationUrl\n        competences { competence { code name } level }\n      }\n    }\n  }\n": typeof types.CertifMyCertificatesDocument,
    "\n  query CertifFinalisation($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room status\n      certificationCenter { id name }\n      candidates { id firstName lastName liveStatus answeredCount challengeCount }\n      documents { id name uploadedAt }\n    }\n  }\n": typeof types.CertifFinalisationDocument,
    "\n  mutation CertifFinalize($input: FinalizeSessionInput!) {\n    finalizeCertificationSession(input: $input) { id status }\n  }\n": typeof types.CertifFinalizeDocument,
    "\n  mutation CertifUploadDocument($sessionId: ID!, $name: String!, $content: String!) {\n    uploadSessionDocument(sessionId: $sessionId, name: $name, content: $content) { id }\n  }\n": typeof types.CertifUploadDocumentDocument,
    "\n  query CertifJurySession($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room examiner status finalizedAt\n      certificationCenter { name }\n      results {\n        candidate { id firstName lastName birthdate }\n        status pixScore reproducibilityRate juryDecision\n        competences { competence { code name } level }\n        explanation { rate neutralization status competences { competenceCode decision level explanation } }\n      }\n      issueReports { id category subcategory questionNumber description resolution impactful }\n      auditLog { action actorName reason createdAt }\n      documents { id name uploadedAt }\n    }\n  }\n": typeof types.CertifJurySessionDocument,
    "\n  mutation CertifPublish($sessionId: ID!) { publishCertificationSession(sessionId: $sessionId) { id status } }\n": typeof types.CertifPublishDocument,
    "\n  mutation CertifUnpublish($sessionId: ID!, $reason: String!) { unpublishCertificationSession(sessionId: $sessionId, reason: $reason) { id status } }\n": typeof types.CertifUnpublishDocument,
    "\n  mutation CertifRescore($sessionId: ID!) { rescoreCertificationSession(sessionId: $sessionId) { id } }\n": typeof types.CertifRescoreDocument,
    "\n  mutation CertifJuryComment($sessionId: ID!, $comment: String!) { commentCertificationSession(sessionId: $sessionId, comment: $comment) { id } }\n": typeof types.CertifJuryCommentDocument,
    "\n  mutation CertifJuryDecision($candidateId: ID!, $decision: String, $reason: String!) {\n    setCertificationJuryDecision(candidateId: $candidateId, decision: $decision, reason: $reason) { status }\n  }\n": typeof types.CertifJuryDecisionDocument,
    "\n  mutation CertifNeutralize($candidateId: ID!, $questionNumber: Int!, $neutralized: Boolean!, $reason: String!) {\n    neutralizeChallenge(candidateId: $candidateId, questionNumber: $questionNumber, neutralized: $neutralized, reason: $reason) { status }\n  }\n": typeof types.CertifNeutralizeDocument,
    "\n  mutation CertifCorrectIdentity($candidateId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!, $reason: String!) {\n    correctCandidateIdentity(candidateId: $candidateId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate, reason: $reason) { id }\n  }\n": typeof types.CertifCorrectIdentityDocument,
    "\n  mutation CertifResolveReport($reportId: ID!, $resolution: String!, $reason: String!) {\n    resolveIssueReport(reportId: $reportId, resolution: $resolution, reason: $reason) { id }\n  }\n": typeof types.CertifResolveReportDocument,
    "\n  query CertifSessionsToProcess {\n    sessionsToProcess { id date time status certificationCenter { name } }\n  }\n": typeof types.CertifSessionsToProcessDocument,
    "\n  query CertifSession($id: ID!) {\n    certificationSession(id: $id) {\n      id date time address room examiner invigilatorCount description status accessCode invigilatorPassword hasStarted\n      certificationCenter { id name type organization { id divisions } }\n      candidates { id firstName lastName birthdate division extraTimePercentage liveStatus }\n      attendanceSheetUrl invigilatorKitUrl incidentReportUrl invigilatorPackUrl\n      documents { id name uploadedAt }\n    }\n  }\n": typeof types.CertifSessionDocument,
    "\n  query CertifStudents($organizationId: ID!, $division: String, $after: String) {\n    organization(id: $organizationId) {\n      id\n      students(division: $division, first: 100, after: $after) {\n        edges { node { id firstName lastName birthdate division } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.CertifStudentsDocument,
    "\n  query CertifSessionResults($id: ID!) {\n    certificationSession(id: $id) {\n      id\n      results { candidate { id firstName lastName } status pixScore competences { competence { code } level } }\n    }\n  }\n": typeof types.CertifSessionResultsDocument,
    "\n  mutation CertifUpdateSession($sessionId: ID!, $input: UpdateSessionInput!) {\n    updateCertificationSession(sessionId: $sessionId, input: $input) { id }\n  }\n": typeof types.CertifUpdateSessionDocument,
    "\n  mutation CertifDeleteSession($sessionId: ID!) {\n    deleteCertificationSession(sessionId: $sessionId)\n  }\n": typeof types.CertifDeleteSessionDocument,
    "\n  mutation CertifEnrol($sessionId: ID!, $studentIds: [ID!]!, $extraTimePercentages: [Int!]) {\n    enrolCandidates(sessionId: $sessionId, studentIds: $studentIds, extraTimePercentages: $extraTimePercentages) { id }\n  }\n": typeof types.CertifEnrolDocument,
    "\n  mutation CertifRemoveCandidate($candidateId: ID!) {\n    removeCertificationCandidate(candidateId: $candidateId)\n  }\n": typeof types.CertifRemoveCandidateDocument,
    "\n  mutation CertifImportCandidates($sessionId: ID!, $file: String!) {\n    importCertificationCandidates(sessionId: $sessionId, file: $file) { id }\n  }\n": typeof types.CertifImportCandidatesDocument,
    "\n  mutation CertifSignInInvigilator($sessionId: ID!, $password: String!) {\n    signInInvigilator(sessionId: $sessionId, password: $password) { token }\n  }\n": typeof types.CertifSignInInvigilatorDocument,
    "\n  fragment CertifSupervisionCandidate on CertificationCandidate {\n    id firstName lastName birthdate division extraTimePercentage liveStatus answeredCount challengeCount\n    timeLeftSeconds authorizedToStart authorizedToResume\n  }\n": typeof types.CertifSupervisionCandidateFragmentDoc,
    "\n  query CertifSupervision($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room address examiner status accessCode\n      certificationCenter { name }\n      candidates { ...CertifSupervisionCandidate }\n    }\n  }\n": typeof types.CertifSupervisionDocument,
    "\n  subscription CertifSessionSupervision($sessionId: ID!) {\n    sessionSupervision(sessionId: $sessionId) { id }\n  }\n": typeof types.CertifSessionSupervisionDocument,
    "\n  mutation CertifAuthorizeToStart($candidateId: ID!, $authorized: Boolean) {\n    authorizeCandidateToStart(candidateId: $candidateId, authorized: $authorized) { id }\n  }\n": typeof types.CertifAuthorizeToStartDocument,
    "\n  mutation CertifAuthorizeToResume($candidateId: ID!) {\n    authorizeCandidateToResume(candidateId: $candidateId) { id }\n  }\n": typeof types.CertifAuthorizeToResumeDocument,
    "\n  mutation CertifEndTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) { id }\n  }\n": typeof types.CertifEndTestDocument,
    "\n  mutation CertifGrantExtraTime($candidateId: ID!, $extraTimePercentage: Int!) {\n    grantExtraTime(candidateId: $candidateId, extraTimePercentage: $extraTimePercentage) { id }\n  }\n": typeof types.CertifGrantExtraTimeDocument,
    "\n  mutation StartCompetenceEvaluation($code: String!) {\n    startCompetenceEvaluation(competenceCode: $code) { id }\n  }\n": typeof types.StartCompetenceEvaluationDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n      user { mustChangePassword }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query OutboxEmails {\n    outboxEmails(first: 50) { id to subject text createdAt sentAt }\n  }\n": typeof types.OutboxEmailsDocument,
    "\n  query PortalSession {\n    me { id }\n  }\n": typeof types.PortalSessionDocument,
    "\n  mutation CompleteExternalSignIn($pending: String!, $campaignCode: String!, $birthdate: Date!) {\n    completeExternalSignIn(pending: $pending, campaignCode: $campaignCode, birthdate: $birthdate) { token }\n  }\n": typeof types.CompleteExternalSignInDocument,
    "\n  query PortalJoinedCampaign($code: String!) {\n    campaignByCode(code: $code) { code type }\n    me { participations { status campaign { code } assessment { id } } }\n  }\n": typeof types.PortalJoinedCampaignDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token }\n  }\n": typeof types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { organizationName role email expiresAt isExpired isAccepted }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) { role organization { id name } }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query PasswordState {\n    me { mustChangePassword }\n  }\n": typeof types.PasswordStateDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { mustChangePassword }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query OrgaHome($id: ID!) {\n    organization(id: $id) {\n      id\n      divisions\n      students(first: 1) { totalCount }\n      campaigns { id }\n    }\n  }\n": typeof types.OrgaHomeDocument,
    "\n  query OrgaCampaign($orgId: ID!, $id: ID!, $first: Int, $after: String) {\n    organization(id: $orgId) { id campaigns(includeArchived: true) { id } }\n    campaign(id: $id) {\n      id code name type multipleSendings isSos archivedAt createdAt\n      targetProfile { name description }\n      participations(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id status progress sharedAt masteryPercentage totalPix isCertifiable certifiableCompetencesCount\n            participant { firstName lastName }\n            student { firstName lastName division }\n            stage { index total title }\n          }\n        }\n      }\n      collectiveResults { competenceCode competenceName averageMasteryPercentage }\n      topicsToReinforce(first: 5) { tubeId title competenceCode averageMasteryPercentage }\n    }\n  }\n": typeof types.OrgaCampaignDocument,
    "\n  mutation StartCampaignExport($campaignId: ID!) {\n    startCampaignExport(campaignId: $campaignId) { id }\n  }\n": typeof types.StartCampaignExportDocument,
    "\n  mutation ArchiveCampaign($campaignId: ID!) {\n    archiveCampaign(campaignId: $campaignId) { id archivedAt }\n  }\n": typeof types.ArchiveCampaignDocument,
    "\n  query OrgaCampaigns($id: ID!, $includeArchived: Boolean) {\n    organization(id: $id) {\n      id\n      campaigns(includeArchived: $includeArchived) {\n        id code name type isSos createdAt archivedAt\n        participations(first: 1) { totalCount }\n      }\n    }\n  }\n": typeof types.OrgaCampaignsDocument,
    "\n  mutation CreateSosCampaign($organizationId: ID!) {\n    createSosCampaign(organizationId: $organizationId) { id }\n  }\n": typeof types.CreateSosCampaignDocument,
    "\n  query OrgaCertificationResults($id: ID!, $division: String) {\n    organization(id: $id) {\n      id\n      divisions\n      mandatoryCertificationClasses\n      certificationResults(division: $division) {\n        candidate { id firstName lastName division }\n        status\n        pixScore\n        competences { competence { code } level }\n      }\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n": typeof types.OrgaCertificationResultsDocument,
    "\n  query MyOrganizations {\n    me { memberships { role organization { id name uai } } }\n  }\n": typeof types.MyOrganizationsDocument,
    "\n  query OrgaStudents($id: ID!, $division: String, $search: String, $first: Int, $after: String) {\n    organization(id: $id) {\n      id\n      divisions\n      students(division: $division, search: $search, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id nationalId firstName lastName birthdate division user { username email } } }\n      }\n    }\n  }\n": typeof types.OrgaStudentsDocument,
    "\n  query OrgaDivisions($id: ID!) {\n    organization(id: $id) { id divisions }\n  }\n": typeof types.OrgaDivisionsDocument,
    "\n  mutation GenerateStudentAccounts($organizationId: ID!, $division: String!) {\n    generateStudentAccounts(organizationId: $organizationId, division: $division) {\n      studentId firstName lastName division username temporaryPassword\n    }\n  }\n": typeof types.GenerateStudentAccountsDocument,
    "\n  query StudentImportProgress($id: ID!) {\n    studentImport(id: $id) {\n      id status format progress importedCount createdCount skippedCount leftCount createdAt finishedAt\n      errors { line studentId field code message }\n    }\n  }\n": typeof types.StudentImportProgressDocument,
    "\n  query RecentStudentImports($id: ID!) {\n    organization(id: $id) {\n      id\n      studentImports(first: 5) { id status format importedCount createdAt }\n    }\n  }\n": typeof types.RecentStudentImportsDocument,
    "\n  mutation ImportStudents($organizationId: ID!, $file: String!, $format: StudentFileFormat!) {\n    importStudents(organizationId: $organizationId, file: $file, format: $format) { id }\n  }\n": typeof types.ImportStudentsDocument,
    "\n  query OrgaLayout($id: ID!) {\n    me { memberships { role organization { id } } }\n    organization(id: $id) { id name type uai }\n  }\n": typeof types.OrgaLayoutDocument,
    "\n  query OrgaMembers($id: ID!) {\n    me { memberships { role organization { id } } }\n    organization(id: $id) { id members { userId firstName lastName email role } }\n  }\n": typeof types.OrgaMembersDocument,
    "\n  query OrgaPendingInvitations($id: ID!) {\n    organization(id: $id) { id pendingInvitations { email role expiresAt } }\n  }\n": typeof types.OrgaPendingInvitationsDocument,
    "\n  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { email }\n  }\n": typeof types.InviteMembersDocument,
    "\n  query OrgaTargetProfiles($id: ID!) {\n    organization(id: $id) { id targetProfiles { id name description skillsCount } }\n  }\n": typeof types.OrgaTargetProfilesDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  query LearnerProfile {\n    me {\n      firstName\n      lastName\n      profile {\n        totalPix\n        isCertifiable\n        certifiableCompetencesCount\n        scorecards {\n          competence { code name area { code } }\n          level\n          pix\n          pixToNextLevel\n          status\n        }\n      }\n    }\n    areas { code title }\n  }\n": typeof types.LearnerProfileDocument,
    "\n  mutation ResetCompetence($code: String!) {\n    resetCompetence(competenceCode: $code) { level }\n  }\n": typeof types.ResetCompetenceDocument,
    "\n  query PositioningTest($id: ID!) {\n    me { firstName lastName }\n    assessment(id: $id) {\n      id\n      state\n      answeredCount\n      competence { code name area { code } }\n      campaignParticipation { id status sharedAt campaign { name code type } }\n      nextChallenge {\n        id type instruction proposals timerSeconds focused\n        illustration { url alt }\n        attachment { name url }\n        embed { url title height }\n      }\n      checkpoint {\n        challenge { id instruction }\n        status givenAnswer correctAnswer\n        tutorials { title url format durationMinutes }\n      }\n    }\n  }\n": typeof types.PositioningTestDocument,
    "\n  query CampaignOrganizer($code: String!) {\n    campaignByCode(code: $code) { organizationName }\n  }\n": typeof types.CampaignOrganizerDocument,
    "\n  mutation SubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { status }\n  }\n": typeof types.SubmitAnswerDocument,
    "\n  query CertifVerify($code: String!) {\n    verifyCertificate(code: $code) {\n      firstName lastName birthdate pixScore deliveredAt validUntil isValid\n      competences { competence { code name } level }\n    }\n  }\n": typeof types.CertifVerifyDocument,
};
const documents: Documents = {
    "\n  query CampaignExportProgress($id: ID!) {\n    campaignExport(id: $id) { id status progress rowCount totalRows downloadUrl }\n  }\n": types.CampaignExportProgressDocument,
    "\n  mutation JoinCampaign($code: String!, $identity: LearnerIdentityInput) {\n    joinCampaign(code: $code, identity: $identity) {\n      id\n      status\n      campaign { code type }\n      assessment { id }\n    }\n  }\n": types.JoinCampaignDocument,
    "\n  query CampaignPreview($code: String!) {\n    campaignByCode(code: $code) {\n      code name type organizationName requiresStudentReconciliation isArchived targetProfileName\n    }\n  }\n": types.CampaignPreviewDocument,
    "\n  query MyCampaignParticipation {\n    me {\n      firstName\n      lastName\n      birthdate\n      participations {\n        id status sharedAt\n        campaign { code multipleSendings }\n        assessment { id }\n      }\n      profile { totalPix isCertifiable certifiableCompetencesCount }\n    }\n  }\n": types.MyCampaignParticipationDocument,
    "\n  query CertifMyCandidate($sessionId: ID!) {\n    myCertificationCandidate(sessionId: $sessionId) {\n      id firstName lastName authorizedToStart liveStatus challengeCount timeLeftSeconds\n      assessment { id state }\n      session { id date time room certificationCenter { name } }\n    }\n  }\n": types.CertifMyCandidateDocument,
    "\n  query CompetenceScorecard {\n    me {\n      firstName\n      lastName\n      profile {\n        scorecards {\n          competence { code name area { code title } }\n          level\n          pix\n          pixToNextLevel\n          status\n          remainingDaysBeforeImproving\n          remainingDaysBeforeReset\n        }\n      }\n    }\n  }\n": types.CompetenceScorecardDocument,
    "\n  query Viewer {\n    me {\n      firstName\n      lastName\n      mustChangePassword\n      memberships { role organization { id name } }\n      certificationCenters { id }\n      platformRoles\n    }\n  }\n": types.ViewerDocument,
    "\n  query ViewerAcademies {\n    myAcademies { code }\n  }\n": types.ViewerAcademiesDocument,
    "\n  query MyAcademies {\n    myAcademies { code name schools { uai } }\n  }\n": types.MyAcademiesDocument,
    "\n  query AcademyStatisticsCsvUrl($code: ID!, $schoolYear: Int!) {\n    academy(code: $code) { code statisticsCsvUrl(schoolYear: $schoolYear) }\n  }\n": types.AcademyStatisticsCsvUrlDocument,
    "\n  query AcademyDashboard($code: ID!, $schoolYear: Int!) {\n    academy(code: $code) {\n      code\n      name\n      statistics(schoolYear: $schoolYear) {\n        students\n        certifiablePercentage\n        certifiedPercentage\n        meanPixScore\n        refreshedAt\n        campaignParticipation { participants shared }\n        perClassLevel { classLevel students certifiablePercentage certifiedPercentage }\n        levelDistribution { competenceCode levels }\n        weekly { weekStart certifications meanPixScore }\n        perSchool { uai name students certifiablePercentage certifiedPercentage meanPixScore participatingStudents }\n      }\n    }\n    areas { competences { code name } }\n  }\n": types.AcademyDashboardDocument,
    "\n  mutation RequestOrganizationActivation($uai: String!) {\n    requestOrganizationActivation(uai: $uai) { emailHint }\n  }\n": types.RequestOrganizationActivationDocument,
    "\n  query AdminAcademy($code: ID!) {\n    academy(code: $code) {\n      code\n      name\n      schools { uai name }\n      viewers { id firstName lastName email }\n    }\n  }\n": types.AdminAcademyDocument,
    "\n  mutation AdminRenameAcademy($code: ID!, $name: String!) {\n    saveAcademy(code: $code, name: $name) { code }\n  }\n": types.AdminRenameAcademyDocument,
    "\n  mutation AdminSetAcademySchools($code: ID!, $uais: [String!]!) {\n    setAcademySchools(code: $code, uais: $uais) { code schools { uai } }\n  }\n": types.AdminSetAcademySchoolsDocument,
    "\n  mutation AdminGrantAcademicViewer($code: ID!, $email: String!) {\n    grantAcademicViewer(code: $code, email: $email) { code }\n  }\n": types.AdminGrantAcademicViewerDocument,
    "\n  mutation AdminRevokeAcademicViewer($code: ID!, $userId: ID!) {\n    revokeAcademicViewer(code: $code, userId: $userId) { code }\n  }\n": types.AdminRevokeAcademicViewerDocument,
    "\n  query AdminAcademies {\n    myAcademies { code name schools { uai } viewers { id } }\n  }\n": types.AdminAcademiesDocument,
    "\n  mutation AdminCreateAcademy($code: ID!, $name: String!) {\n    saveAcademy(code: $code, name: $name) { code }\n  }\n": types.AdminCreateAcademyDocument,
    "\n  query AdminCertificationWindows($schoolYear: Int!) {\n    certificationWindows(schoolYear: $schoolYear) { plugin audience schoolYear start end makeUpStart makeUpEnd }\n  }\n": types.AdminCertificationWindowsDocument,
    "\n  mutation AdminSetCertificationWindow($plugin: ID!, $schoolYear: Int!, $start: Date!, $end: Date!, $makeUpStart: Date, $makeUpEnd: Date) {\n    setCertificationWindow(plugin: $plugin, schoolYear: $schoolYear, start: $start, end: $end, makeUpStart: $makeUpStart, makeUpEnd: $makeUpEnd) {\n      plugin schoolYear start end makeUpStart makeUpEnd\n    }\n  }\n": types.AdminSetCertificationWindowDocument,
    "\n  query AdminLayout {\n    me { platformRoles }\n  }\n": types.AdminLayoutDocument,
    "\n  query CampaignExists($code: String!) {\n    campaignByCode(code: $code) { code }\n  }\n": types.CampaignExistsDocument,
    "\n  query MyParticipations {\n    me { participations { id status sharedAt campaign { code name type } } }\n  }\n": types.MyParticipationsDocument,
    "\n  mutation ShareCampaignResults($participationId: ID!) {\n    shareCampaignResults(participationId: $participationId) { id status sharedAt }\n  }\n": types.ShareCampaignResultsDocument,
    "\n  mutation CertifStart($sessionId: ID!, $accessCode: String!) {\n    startCertification(sessionId: $sessionId, accessCode: $accessCode) { id }\n  }\n": types.CertifStartDocument,
    "\n  fragment CertifTestAssessment on Assessment {\n    id state answeredCount\n    nextChallenge {\n      id type instruction proposals timerSeconds focused\n      illustration { url alt }\n      attachment { name url }\n      embed { url title height }\n    }\n  }\n": types.CertifTestAssessmentFragmentDoc,
    "\n  mutation CertifEnter($assessmentId: ID!) {\n    enterCertification(assessmentId: $assessmentId)\n  }\n": types.CertifEnterDocument,
    "\n  query CertifTestAssessment($id: ID!) {\n    assessment(id: $id) { ...CertifTestAssessment }\n  }\n": types.CertifTestAssessmentDocument,
    "\n  mutation CertifSubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { assessment { ...CertifTestAssessment } }\n  }\n": types.CertifSubmitAnswerDocument,
    "\n  query CertifCandidateProfile {\n    me { firstName lastName birthdate profile { isCertifiable certifiableCompetencesCount } }\n  }\n": types.CertifCandidateProfileDocument,
    "\n  mutation CertifJoinSession($sessionId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!) {\n    joinCertificationSession(sessionId: $sessionId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate) { id }\n  }\n": types.CertifJoinSessionDocument,
    "\n  query CertifCentre($id: ID!) {\n    certificationCenter(id: $id) {\n      id name type\n      organization { id divisions }\n      sessions { id date time room address examiner status hasStarted }\n    }\n  }\n": types.CertifCentreDocument,
    "\n  query CertifSchoolResults($id: ID!, $division: String) {\n    organization(id: $id) {\n      id\n      certificationResults(division: $division) {\n        candidate { id firstName lastName division } status pixScore competences { competence { code } level }\n      }\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n": types.CertifSchoolResultsDocument,
    "\n  mutation CertifCreateSession($input: CreateSessionInput!) {\n    createCertificationSession(input: $input) { id }\n  }\n": types.CertifCreateSessionDocument,
    "\n  mutation CertifCreateSessionsPerClass($input: CreateSessionsPerClassInput!) {\n    createCertificationSessionsPerClass(input: $input) { id }\n  }\n": types.CertifCreateSessionsPerClassDocument,
    "\n  query CertifCentres {\n    me { certificationCenters { id name } }\n  }\n": types.CertifCentresDocument,
    "\n  query CertifMyCertificates {\n    me {\n      certificates {\n        id verificationCode pixScore deliveredAt validUntil certificationCenterName attestationUrl\n        competences { competence { code name } level }\n      }\n    }\n  }\n": types.CertifMyCertificatesDocument,
    "\n  query CertifFinalisation($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room status\n      certificationCenter { id name }\n      candidates { id firstName lastName liveStatus answeredCount challengeCount }\n      documents { id name uploadedAt }\n    }\n  }\n": types.CertifFinalisationDocument,
    "\n  mutation CertifFinalize($input: FinalizeSessionInput!) {\n    finalizeCertificationSession(input: $input) { id status }\n  }\n": types.CertifFinalizeDocument,
    "\n  mutation CertifUploadDocument($sessionId: ID!, $name: String!, $content: String!) {\n    uploadSessionDocument(sessionId: $sessionId, name: $name, content: $content) { id }\n  }\n": types.CertifUploadDocumentDocument,
    "\n  query CertifJurySession($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room examiner status finalizedAt\n      certificationCenter { name }\n      results {\n        candidate { id firstName lastName birthdate }\n        status pixScore reproducibilityRate juryDecision\n        competences { competence { code name } level }\n        explanation { rate neutralization status competences { competenceCode decision level explanation } }\n      }\n      issueReports { id category subcategory questionNumber description resolution impactful }\n      auditLog { action actorName reason createdAt }\n      documents { id name uploadedAt }\n    }\n  }\n": types.CertifJurySessionDocument,
    "\n  mutation CertifPublish($sessionId: ID!) { publishCertificationSession(sessionId: $sessionId) { id status } }\n": types.CertifPublishDocument,
    "\n  mutation CertifUnpublish($sessionId: ID!, $reason: String!) { unpublishCertificationSession(sessionId: $sessionId, reason: $reason) { id status } }\n": types.CertifUnpublishDocument,
    "\n  mutation CertifRescore($sessionId: ID!) { rescoreCertificationSession(sessionId: $sessionId) { id } }\n": types.CertifRescoreDocument,
    "\n  mutation CertifJuryComment($sessionId: ID!, $comment: String!) { commentCertificationSession(sessionId: $sessionId, comment: $comment) { id } }\n": types.CertifJuryCommentDocument,
    "\n  mutation CertifJuryDecision($candidateId: ID!, $decision: String, $reason: String!) {\n    setCertificationJuryDecision(candidateId: $candidateId, decision: $decision, reason: $reason) { status }\n  }\n": types.CertifJuryDecisionDocument,
    "\n  mutation CertifNeutralize($candidateId: ID!, $questionNumber: Int!, $neutralized: Boolean!, $reason: String!) {\n    neutralizeChallenge(candidateId: $candidateId, questionNumber: $questionNumber, neutralized: $neutralized, reason: $reason) { status }\n  }\n": types.CertifNeutralizeDocument,
    "\n  mutation CertifCorrectIdentity($candidateId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!, $reason: String!) {\n    correctCandidateIdentity(candidateId: $candidateId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate, reason: $reason) { id }\n  }\n": types.CertifCorrectIdentityDocument,
    "\n  mutation CertifResolveReport($reportId: ID!, $resolution: String!, $reason: String!) {\n    resolveIssueReport(reportId: $reportId, resolution: $resolution, reason: $reason) { id }\n  }\n": types.CertifResolveReportDocument,
    "\n  query CertifSessionsToProcess {\n    sessionsToProcess { id date time status certificationCenter { name } }\n  }\n": types.CertifSessionsToProcessDocument,
    "\n  query CertifSession($id: ID!) {\n    certificationSession(id: $id) {\n      id date time address room examiner invigilatorCount description status accessCode invigilatorPassword hasStarted\n      certificationCenter { id name type organization { id divisions } }\n      candidates { id firstName lastName birthdate division extraTimePercentage liveStatus }\n      attendanceSheetUrl invigilatorKitUrl incidentReportUrl invigilatorPackUrl\n      documents { id name uploadedAt }\n    }\n  }\n": types.CertifSessionDocument,
    "\n  query CertifStudents($organizationId: ID!, $division: String, $after: String) {\n    organization(id: $organizationId) {\n      id\n      students(division: $division, first: 100, after: $after) {\n        edges { node { id firstName lastName birthdate division } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.CertifStudentsDocument,
    "\n  query CertifSessionResults($id: ID!) {\n    certificationSession(id: $id) {\n      id\n      results { candidate { id firstName lastName } status pixScore competences { competence { code } level } }\n    }\n  }\n": types.CertifSessionResultsDocument,
    "\n  mutation CertifUpdateSession($sessionId: ID!, $input: UpdateSessionInput!) {\n    updateCertificationSession(sessionId: $sessionId, input: $input) { id }\n  }\n": types.CertifUpdateSessionDocument,
    "\n  mutation CertifDeleteSession($sessionId: ID!) {\n    deleteCertificationSession(sessionId: $sessionId)\n  }\n": types.CertifDeleteSessionDocument,
    "\n  mutation CertifEnrol($sessionId: ID!, $studentIds: [ID!]!, $extraTimePercentages: [Int!]) {\n    enrolCandidates(sessionId: $sessionId, studentIds: $studentIds, extraTimePercentages: $extraTimePercentages) { id }\n  }\n": types.CertifEnrolDocument,
    "\n  mutation CertifRemoveCandidate($candidateId: ID!) {\n    removeCertificationCandidate(candidateId: $candidateId)\n  }\n": types.CertifRemoveCandidateDocument,
    "\n  mutation CertifImportCandidates($sessionId: ID!, $file: String!) {\n    importCertificationCandidates(sessionId: $sessionId, file: $file) { id }\n  }\n": types.CertifImportCandidatesDocument,
    "\n  mutation CertifSignInInvigilator($sessionId: ID!, $password: String!) {\n    signInInvigilator(sessionId: $sessionId, password: $password) { token }\n  }\n": types.CertifSignInInvigilatorDocument,
    "\n  fragment CertifSupervisionCandidate on CertificationCandidate {\n    id firstName lastName birthdate division extraTimePercentage liveStatus answeredCount challengeCount\n    timeLeftSeconds authorizedToStart authorizedToResume\n  }\n": types.CertifSupervisionCandidateFragmentDoc,
    "\n  query CertifSupervision($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room address examiner status accessCode\n      certificationCenter { name }\n      candidates { ...CertifSupervisionCandidate }\n    }\n  }\n": types.CertifSupervisionDocument,
    "\n  subscription CertifSessionSupervision($sessionId: ID!) {\n    sessionSupervision(sessionId: $sessionId) { id }\n  }\n": types.CertifSessionSupervisionDocument,
    "\n  mutation CertifAuthorizeToStart($candidateId: ID!, $authorized: Boolean) {\n    authorizeCandidateToStart(candidateId: $candidateId, authorized: $authorized) { id }\n  }\n": types.CertifAuthorizeToStartDocument,
    "\n  mutation CertifAuthorizeToResume($candidateId: ID!) {\n    authorizeCandidateToResume(candidateId: $candidateId) { id }\n  }\n": types.CertifAuthorizeToResumeDocument,
    "\n  mutation CertifEndTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) { id }\n  }\n": types.CertifEndTestDocument,
    "\n  mutation CertifGrantExtraTime($candidateId: ID!, $extraTimePercentage: Int!) {\n    grantExtraTime(candidateId: $candidateId, extraTimePercentage: $extraTimePercentage) { id }\n  }\n": types.CertifGrantExtraTimeDocument,
    "\n  mutation StartCompetenceEvaluation($code: String!) {\n    startCompetenceEvaluation(competenceCode: $code) { id }\n  }\n": types.StartCompetenceEvaluationDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n      user { mustChangePassword }\n    }\n  }\n": types.SignInDocument,
    "\n  query OutboxEmails {\n    outboxEmails(first: 50) { id to subject text createdAt sentAt }\n  }\n": types.OutboxEmailsDocument,
    "\n  query PortalSession {\n    me { id }\n  }\n": types.PortalSessionDocument,
    "\n  mutation CompleteExternalSignIn($pending: String!, $campaignCode: String!, $birthdate: Date!) {\n    completeExternalSignIn(pending: $pending, campaignCode: $campaignCode, birthdate: $birthdate) { token }\n  }\n": types.CompleteExternalSignInDocument,
    "\n  query PortalJoinedCampaign($code: String!) {\n    campaignByCode(code: $code) { code type }\n    me { participations { status campaign { code } assessment { id } } }\n  }\n": types.PortalJoinedCampaignDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token }\n  }\n": types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { organizationName role email expiresAt isExpired isAccepted }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) { role organization { id name } }\n  }\n": types.AcceptInvitationDocument,
    "\n  query PasswordState {\n    me { mustChangePassword }\n  }\n": types.PasswordStateDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { mustChangePassword }\n  }\n": types.ChangePasswordDocument,
    "\n  query OrgaHome($id: ID!) {\n    organization(id: $id) {\n      id\n      divisions\n      students(first: 1) { totalCount }\n      campaigns { id }\n    }\n  }\n": types.OrgaHomeDocument,
    "\n  query OrgaCampaign($orgId: ID!, $id: ID!, $first: Int, $after: String) {\n    organization(id: $orgId) { id campaigns(includeArchived: true) { id } }\n    campaign(id: $id) {\n      id code name type multipleSendings isSos archivedAt createdAt\n      targetProfile { name description }\n      participations(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id status progress sharedAt masteryPercentage totalPix isCertifiable certifiableCompetencesCount\n            participant { firstName lastName }\n            student { firstName lastName division }\n            stage { index total title }\n          }\n        }\n      }\n      collectiveResults { competenceCode competenceName averageMasteryPercentage }\n      topicsToReinforce(first: 5) { tubeId title competenceCode averageMasteryPercentage }\n    }\n  }\n": types.OrgaCampaignDocument,
    "\n  mutation StartCampaignExport($campaignId: ID!) {\n    startCampaignExport(campaignId: $campaignId) { id }\n  }\n": types.StartCampaignExportDocument,
    "\n  mutation ArchiveCampaign($campaignId: ID!) {\n    archiveCampaign(campaignId: $campaignId) { id archivedAt }\n  }\n": types.ArchiveCampaignDocument,
    "\n  query OrgaCampaigns($id: ID!, $includeArchived: Boolean) {\n    organization(id: $id) {\n      id\n      campaigns(includeArchived: $includeArchived) {\n        id code name type isSos createdAt archivedAt\n        participations(first: 1) { totalCount }\n      }\n    }\n  }\n": types.OrgaCampaignsDocument,
    "\n  mutation CreateSosCampaign($organizationId: ID!) {\n    createSosCampaign(organizationId: $organizationId) { id }\n  }\n": types.CreateSosCampaignDocument,
    "\n  query OrgaCertificationResults($id: ID!, $division: String) {\n    organization(id: $id) {\n      id\n      divisions\n      mandatoryCertificationClasses\n      certificationResults(division: $division) {\n        candidate { id firstName lastName division }\n        status\n        pixScore\n        competences { competence { code } level }\n      }\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n": types.OrgaCertificationResultsDocument,
    "\n  query MyOrganizations {\n    me { memberships { role organization { id name uai } } }\n  }\n": types.MyOrganizationsDocument,
    "\n  query OrgaStudents($id: ID!, $division: String, $search: String, $first: Int, $after: String) {\n    organization(id: $id) {\n      id\n      divisions\n      students(division: $division, search: $search, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id nationalId firstName lastName birthdate division user { username email } } }\n      }\n    }\n  }\n": types.OrgaStudentsDocument,
    "\n  query OrgaDivisions($id: ID!) {\n    organization(id: $id) { id divisions }\n  }\n": types.OrgaDivisionsDocument,
    "\n  mutation GenerateStudentAccounts($organizationId: ID!, $division: String!) {\n    generateStudentAccounts(organizationId: $organizationId, division: $division) {\n      studentId firstName lastName division username temporaryPassword\n    }\n  }\n": types.GenerateStudentAccountsDocument,
    "\n  query StudentImportProgress($id: ID!) {\n    studentImport(id: $id) {\n      id status format progress importedCount createdCount skippedCount leftCount createdAt finishedAt\n      errors { line studentId field code message }\n    }\n  }\n": types.StudentImportProgressDocument,
    "\n  query RecentStudentImports($id: ID!) {\n    organization(id: $id) {\n      id\n      studentImports(first: 5) { id status format importedCount createdAt }\n    }\n  }\n": types.RecentStudentImportsDocument,
    "\n  mutation ImportStudents($organizationId: ID!, $file: String!, $format: StudentFileFormat!) {\n    importStudents(organizationId: $organizationId, file: $file, format: $format) { id }\n  }\n": types.ImportStudentsDocument,
    "\n  query OrgaLayout($id: ID!) {\n    me { memberships { role organization { id } } }\n    organization(id: $id) { id name type uai }\n  }\n": types.OrgaLayoutDocument,
    "\n  query OrgaMembers($id: ID!) {\n    me { memberships { role organization { id } } }\n    organization(id: $id) { id members { userId firstName lastName email role } }\n  }\n": types.OrgaMembersDocument,
    "\n  query OrgaPendingInvitations($id: ID!) {\n    organization(id: $id) { id pendingInvitations { email role expiresAt } }\n  }\n": types.OrgaPendingInvitationsDocument,
    "\n  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { email }\n  }\n": types.InviteMembersDocument,
    "\n  query OrgaTargetProfiles($id: ID!) {\n    organization(id: $id) { id targetProfiles { id name description skillsCount } }\n  }\n": types.OrgaTargetProfilesDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n": types.CreateCampaignDocument,
    "\n  query LearnerProfile {\n    me {\n      firstName\n      lastName\n      profile {\n        totalPix\n        isCertifiable\n        certifiableCompetencesCount\n        scorecards {\n          competence { code name area { code } }\n          level\n          pix\n          pixToNextLevel\n          status\n        }\n      }\n    }\n    areas { code title }\n  }\n": types.LearnerProfileDocument,
    "\n  mutation ResetCompetence($code: String!) {\n    resetCompetence(competenceCode: $code) { level }\n  }\n": types.ResetCompetenceDocument,
    "\n  query PositioningTest($id: ID!) {\n    me { firstName lastName }\n    assessment(id: $id) {\n      id\n      state\n      answeredCount\n      competence { code name area { code } }\n      campaignParticipation { id status sharedAt campaign { name code type } }\n      nextChallenge {\n        id type instruction proposals timerSeconds focused\n        illustration { url alt }\n        attachment { name url }\n        embed { url title height }\n      }\n      checkpoint {\n        challenge { id instruction }\n        status givenAnswer correctAnswer\n        tutorials { title url format durationMinutes }\n      }\n    }\n  }\n": types.PositioningTestDocument,
    "\n  query CampaignOrganizer($code: String!) {\n    campaignByCode(code: $code) { organizationName }\n  }\n": types.CampaignOrganizerDocument,
    "\n  mutation SubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { status }\n  }\n": types.SubmitAnswerDocument,
    "\n  query CertifVerify($code: String!) {\n    verifyCertificate(code: $code) {\n      firstName lastName birthdate pixScore deliveredAt validUntil isValid\n      competences { competence { code name } level }\n    }\n  }\n": types.CertifVerifyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignExportProgress($id: ID!) {\n    campaignExport(id: $id) { id status progress rowCount totalRows downloadUrl }\n  }\n"): (typeof documents)["\n  query CampaignExportProgress($id: ID!) {\n    campaignExport(id: $id) { id status progress rowCount totalRows downloadUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinCampaign($code: String!, $identity: LearnerIdentityInput) {\n    joinCampaign(code: $code, identity: $identity) {\n      id\n      status\n      campaign { code type }\n      assessment { id }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinCampaign($code: String!, $identity: LearnerIdentityInput) {\n    joinCampaign(code: $code, identity: $identity) {\n      id\n      status\n      campaign { code type }\n      assessment { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPreview($code: String!) {\n    campaignByCode(code: $code) {\n      code name type organizationName requiresStudentReconciliation isArchived targetProfileName\n    }\n  }\n"): (typeof documents)["\n  query CampaignPreview($code: String!) {\n    campaignByCode(code: $code) {\n      code name type organizationName requiresStudentReconciliation isArchived targetProfileName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCampaignParticipation {\n    me {\n      firstName\n      lastName\n      birthdate\n      participations {\n        id status sharedAt\n        campaign { code multipleSendings }\n        assessment { id }\n      }\n      profile { totalPix isCertifiable certifiableCompetencesCount }\n    }\n  }\n"): (typeof documents)["\n  query MyCampaignParticipation {\n    me {\n      firstName\n      lastName\n      birthdate\n      participations {\n        id status sharedAt\n        campaign { code multipleSendings }\n        assessment { id }\n      }\n      profile { totalPix isCertifiable certifiableCompetencesCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifMyCandidate($sessionId: ID!) {\n    myCertificationCandidate(sessionId: $sessionId) {\n      id firstName lastName authorizedToStart liveStatus challengeCount timeLeftSeconds\n      assessment { id state }\n      session { id date time room certificationCenter { name } }\n    }\n  }\n"): (typeof documents)["\n  query CertifMyCandidate($sessionId: ID!) {\n    myCertificationCandidate(sessionId: $sessionId) {\n      id firstName lastName authorizedToStart liveStatus challengeCount timeLeftSeconds\n      assessment { id state }\n      session { id date time room certificationCenter { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetenceScorecard {\n    me {\n      firstName\n      lastName\n      profile {\n        scorecards {\n          competence { code name area { code title } }\n          level\n          pix\n          pixToNextLevel\n          status\n          remainingDaysBeforeImproving\n          remainingDaysBeforeReset\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompetenceScorecard {\n    me {\n      firstName\n      lastName\n      profile {\n        scorecards {\n          competence { code name area { code title } }\n          level\n          pix\n          pixToNextLevel\n          status\n          remainingDaysBeforeImproving\n          remainingDaysBeforeReset\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      firstName\n      lastName\n      mustChangePassword\n      memberships { role organization { id name } }\n      certificationCenters { id }\n      platformRoles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      firstName\n      lastName\n      mustChangePassword\n      memberships { role organization { id name } }\n      certificationCenters { id }\n      platformRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerAcademies {\n    myAcademies { code }\n  }\n"): (typeof documents)["\n  query ViewerAcademies {\n    myAcademies { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAcademies {\n    myAcademies { code name schools { uai } }\n  }\n"): (typeof documents)["\n  query MyAcademies {\n    myAcademies { code name schools { uai } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyStatisticsCsvUrl($code: ID!, $schoolYear: Int!) {\n    academy(code: $code) { code statisticsCsvUrl(schoolYear: $schoolYear) }\n  }\n"): (typeof documents)["\n  query AcademyStatisticsCsvUrl($code: ID!, $schoolYear: Int!) {\n    academy(code: $code) { code statisticsCsvUrl(schoolYear: $schoolYear) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyDashboard($code: ID!, $schoolYear: Int!) {\n    academy(code: $code) {\n      code\n      name\n      statistics(schoolYear: $schoolYear) {\n        students\n        certifiablePercentage\n        certifiedPercentage\n        meanPixScore\n        refreshedAt\n        campaignParticipation { participants shared }\n        perClassLevel { classLevel students certifiablePercentage certifiedPercentage }\n        levelDistribution { competenceCode levels }\n        weekly { weekStart certifications meanPixScore }\n        perSchool { uai name students certifiablePercentage certifiedPercentage meanPixScore participatingStudents }\n      }\n    }\n    areas { competences { code name } }\n  }\n"): (typeof documents)["\n  query AcademyDashboard($code: ID!, $schoolYear: Int!) {\n    academy(code: $code) {\n      code\n      name\n      statistics(schoolYear: $schoolYear) {\n        students\n        certifiablePercentage\n        certifiedPercentage\n        meanPixScore\n        refreshedAt\n        campaignParticipation { participants shared }\n        perClassLevel { classLevel students certifiablePercentage certifiedPercentage }\n        levelDistribution { competenceCode levels }\n        weekly { weekStart certifications meanPixScore }\n        perSchool { uai name students certifiablePercentage certifiedPercentage meanPixScore participatingStudents }\n      }\n    }\n    areas { competences { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestOrganizationActivation($uai: String!) {\n    requestOrganizationActivation(uai: $uai) { emailHint }\n  }\n"): (typeof documents)["\n  mutation RequestOrganizationActivation($uai: String!) {\n    requestOrganizationActivation(uai: $uai) { emailHint }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAcademy($code: ID!) {\n    academy(code: $code) {\n      code\n      name\n      schools { uai name }\n      viewers { id firstName lastName email }\n    }\n  }\n"): (typeof documents)["\n  query AdminAcademy($code: ID!) {\n    academy(code: $code) {\n      code\n      name\n      schools { uai name }\n      viewers { id firstName lastName email }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRenameAcademy($code: ID!, $name: String!) {\n    saveAcademy(code: $code, name: $name) { code }\n  }\n"): (typeof documents)["\n  mutation AdminRenameAcademy($code: ID!, $name: String!) {\n    saveAcademy(code: $code, name: $name) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetAcademySchools($code: ID!, $uais: [String!]!) {\n    setAcademySchools(code: $code, uais: $uais) { code schools { uai } }\n  }\n"): (typeof documents)["\n  mutation AdminSetAcademySchools($code: ID!, $uais: [String!]!) {\n    setAcademySchools(code: $code, uais: $uais) { code schools { uai } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantAcademicViewer($code: ID!, $email: String!) {\n    grantAcademicViewer(code: $code, email: $email) { code }\n  }\n"): (typeof documents)["\n  mutation AdminGrantAcademicViewer($code: ID!, $email: String!) {\n    grantAcademicViewer(code: $code, email: $email) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeAcademicViewer($code: ID!, $userId: ID!) {\n    revokeAcademicViewer(code: $code, userId: $userId) { code }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeAcademicViewer($code: ID!, $userId: ID!) {\n    revokeAcademicViewer(code: $code, userId: $userId) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAcademies {\n    myAcademies { code name schools { uai } viewers { id } }\n  }\n"): (typeof documents)["\n  query AdminAcademies {\n    myAcademies { code name schools { uai } viewers { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAcademy($code: ID!, $name: String!) {\n    saveAcademy(code: $code, name: $name) { code }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAcademy($code: ID!, $name: String!) {\n    saveAcademy(code: $code, name: $name) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCertificationWindows($schoolYear: Int!) {\n    certificationWindows(schoolYear: $schoolYear) { plugin audience schoolYear start end makeUpStart makeUpEnd }\n  }\n"): (typeof documents)["\n  query AdminCertificationWindows($schoolYear: Int!) {\n    certificationWindows(schoolYear: $schoolYear) { plugin audience schoolYear start end makeUpStart makeUpEnd }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetCertificationWindow($plugin: ID!, $schoolYear: Int!, $start: Date!, $end: Date!, $makeUpStart: Date, $makeUpEnd: Date) {\n    setCertificationWindow(plugin: $plugin, schoolYear: $schoolYear, start: $start, end: $end, makeUpStart: $makeUpStart, makeUpEnd: $makeUpEnd) {\n      plugin schoolYear start end makeUpStart makeUpEnd\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetCertificationWindow($plugin: ID!, $schoolYear: Int!, $start: Date!, $end: Date!, $makeUpStart: Date, $makeUpEnd: Date) {\n    setCertificationWindow(plugin: $plugin, schoolYear: $schoolYear, start: $start, end: $end, makeUpStart: $makeUpStart, makeUpEnd: $makeUpEnd) {\n      plugin schoolYear start end makeUpStart makeUpEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLayout {\n    me { platformRoles }\n  }\n"): (typeof documents)["\n  query AdminLayout {\n    me { platformRoles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignExists($code: String!) {\n    campaignByCode(code: $code) { code }\n  }\n"): (typeof documents)["\n  query CampaignExists($code: String!) {\n    campaignByCode(code: $code) { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyParticipations {\n    me { participations { id status sharedAt campaign { code name type } } }\n  }\n"): (typeof documents)["\n  query MyParticipations {\n    me { participations { id status sharedAt campaign { code name type } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCampaignResults($participationId: ID!) {\n    shareCampaignResults(participationId: $participationId) { id status sharedAt }\n  }\n"): (typeof documents)["\n  mutation ShareCampaignResults($participationId: ID!) {\n    shareCampaignResults(participationId: $participationId) { id status sharedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifStart($sessionId: ID!, $accessCode: String!) {\n    startCertification(sessionId: $sessionId, accessCode: $accessCode) { id }\n  }\n"): (typeof documents)["\n  mutation CertifStart($sessionId: ID!, $accessCode: String!) {\n    startCertification(sessionId: $sessionId, accessCode: $accessCode) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertifTestAssessment on Assessment {\n    id state answeredCount\n    nextChallenge {\n      id type instruction proposals timerSeconds focused\n      illustration { url alt }\n      attachment { name url }\n      embed { url title height }\n    }\n  }\n"): (typeof documents)["\n  fragment CertifTestAssessment on Assessment {\n    id state answeredCount\n    nextChallenge {\n      id type instruction proposals timerSeconds focused\n      illustration { url alt }\n      attachment { name url }\n      embed { url title height }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifEnter($assessmentId: ID!) {\n    enterCertification(assessmentId: $assessmentId)\n  }\n"): (typeof documents)["\n  mutation CertifEnter($assessmentId: ID!) {\n    enterCertification(assessmentId: $assessmentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifTestAssessment($id: ID!) {\n    assessment(id: $id) { ...CertifTestAssessment }\n  }\n"): (typeof documents)["\n  query CertifTestAssessment($id: ID!) {\n    assessment(id: $id) { ...CertifTestAssessment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifSubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { assessment { ...CertifTestAssessment } }\n  }\n"): (typeof documents)["\n  mutation CertifSubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { assessment { ...CertifTestAssessment } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifCandidateProfile {\n    me { firstName lastName birthdate profile { isCertifiable certifiableCompetencesCount } }\n  }\n"): (typeof documents)["\n  query CertifCandidateProfile {\n    me { firstName lastName birthdate profile { isCertifiable certifiableCompetencesCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifJoinSession($sessionId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!) {\n    joinCertificationSession(sessionId: $sessionId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate) { id }\n  }\n"): (typeof documents)["\n  mutation CertifJoinSession($sessionId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!) {\n    joinCertificationSession(sessionId: $sessionId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifCentre($id: ID!) {\n    certificationCenter(id: $id) {\n      id name type\n      organization { id divisions }\n      sessions { id date time room address examiner status hasStarted }\n    }\n  }\n"): (typeof documents)["\n  query CertifCentre($id: ID!) {\n    certificationCenter(id: $id) {\n      id name type\n      organization { id divisions }\n      sessions { id date time room address examiner status hasStarted }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifSchoolResults($id: ID!, $division: String) {\n    organization(id: $id) {\n      id\n      certificationResults(division: $division) {\n        candidate { id firstName lastName division } status pixScore competences { competence { code } level }\n      }\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n"): (typeof documents)["\n  query CertifSchoolResults($id: ID!, $division: String) {\n    organization(id: $id) {\n      id\n      certificationResults(division: $division) {\n        candidate { id firstName lastName division } status pixScore competences { competence { code } level }\n      }\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifCreateSession($input: CreateSessionInput!) {\n    createCertificationSession(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CertifCreateSession($input: CreateSessionInput!) {\n    createCertificationSession(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifCreateSessionsPerClass($input: CreateSessionsPerClassInput!) {\n    createCertificationSessionsPerClass(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CertifCreateSessionsPerClass($input: CreateSessionsPerClassInput!) {\n    createCertificationSessionsPerClass(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifCentres {\n    me { certificationCenters { id name } }\n  }\n"): (typeof documents)["\n  query CertifCentres {\n    me { certificationCenters { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifMyCertificates {\n    me {\n      certificates {\n        id verificationCode pixScore deliveredAt validUntil certificationCenterName attestationUrl\n        competences { competence { code name } level }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertifMyCertificates {\n    me {\n      certificates {\n        id verificationCode pixScore deliveredAt validUntil certificationCenterName attestationUrl\n        competences { competence { code name } level }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifFinalisation($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room status\n      certificationCenter { id name }\n      candidates { id firstName lastName liveStatus answeredCount challengeCount }\n      documents { id name uploadedAt }\n    }\n  }\n"): (typeof documents)["\n  query CertifFinalisation($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room status\n      certificationCenter { id name }\n      candidates { id firstName lastName liveStatus answeredCount challengeCount }\n      documents { id name uploadedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifFinalize($input: FinalizeSessionInput!) {\n    finalizeCertificationSession(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation CertifFinalize($input: FinalizeSessionInput!) {\n    finalizeCertificationSession(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifUploadDocument($sessionId: ID!, $name: String!, $content: String!) {\n    uploadSessionDocument(sessionId: $sessionId, name: $name, content: $content) { id }\n  }\n"): (typeof documents)["\n  mutation CertifUploadDocument($sessionId: ID!, $name: String!, $content: String!) {\n    uploadSessionDocument(sessionId: $sessionId, name: $name, content: $content) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifJurySession($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room examiner status finalizedAt\n      certificationCenter { name }\n      results {\n        candidate { id firstName lastName birthdate }\n        status pixScore reproducibilityRate juryDecision\n        competences { competence { code name } level }\n        explanation { rate neutralization status competences { competenceCode decision level explanation } }\n      }\n      issueReports { id category subcategory questionNumber description resolution impactful }\n      auditLog { action actorName reason createdAt }\n      documents { id name uploadedAt }\n    }\n  }\n"): (typeof documents)["\n  query CertifJurySession($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room examiner status finalizedAt\n      certificationCenter { name }\n      results {\n        candidate { id firstName lastName birthdate }\n        status pixScore reproducibilityRate juryDecision\n        competences { competence { code name } level }\n        explanation { rate neutralization status competences { competenceCode decision level explanation } }\n      }\n      issueReports { id category subcategory questionNumber description resolution impactful }\n      auditLog { action actorName reason createdAt }\n      documents { id name uploadedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifPublish($sessionId: ID!) { publishCertificationSession(sessionId: $sessionId) { id status } }\n"): (typeof documents)["\n  mutation CertifPublish($sessionId: ID!) { publishCertificationSession(sessionId: $sessionId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifUnpublish($sessionId: ID!, $reason: String!) { unpublishCertificationSession(sessionId: $sessionId, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation CertifUnpublish($sessionId: ID!, $reason: String!) { unpublishCertificationSession(sessionId: $sessionId, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifRescore($sessionId: ID!) { rescoreCertificationSession(sessionId: $sessionId) { id } }\n"): (typeof documents)["\n  mutation CertifRescore($sessionId: ID!) { rescoreCertificationSession(sessionId: $sessionId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifJuryComment($sessionId: ID!, $comment: String!) { commentCertificationSession(sessionId: $sessionId, comment: $comment) { id } }\n"): (typeof documents)["\n  mutation CertifJuryComment($sessionId: ID!, $comment: String!) { commentCertificationSession(sessionId: $sessionId, comment: $comment) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifJuryDecision($candidateId: ID!, $decision: String, $reason: String!) {\n    setCertificationJuryDecision(candidateId: $candidateId, decision: $decision, reason: $reason) { status }\n  }\n"): (typeof documents)["\n  mutation CertifJuryDecision($candidateId: ID!, $decision: String, $reason: String!) {\n    setCertificationJuryDecision(candidateId: $candidateId, decision: $decision, reason: $reason) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifNeutralize($candidateId: ID!, $questionNumber: Int!, $neutralized: Boolean!, $reason: String!) {\n    neutralizeChallenge(candidateId: $candidateId, questionNumber: $questionNumber, neutralized: $neutralized, reason: $reason) { status }\n  }\n"): (typeof documents)["\n  mutation CertifNeutralize($candidateId: ID!, $questionNumber: Int!, $neutralized: Boolean!, $reason: String!) {\n    neutralizeChallenge(candidateId: $candidateId, questionNumber: $questionNumber, neutralized: $neutralized, reason: $reason) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifCorrectIdentity($candidateId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!, $reason: String!) {\n    correctCandidateIdentity(candidateId: $candidateId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate, reason: $reason) { id }\n  }\n"): (typeof documents)["\n  mutation CertifCorrectIdentity($candidateId: ID!, $firstName: String!, $lastName: String!, $birthdate: Date!, $reason: String!) {\n    correctCandidateIdentity(candidateId: $candidateId, firstName: $firstName, lastName: $lastName, birthdate: $birthdate, reason: $reason) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifResolveReport($reportId: ID!, $resolution: String!, $reason: String!) {\n    resolveIssueReport(reportId: $reportId, resolution: $resolution, reason: $reason) { id }\n  }\n"): (typeof documents)["\n  mutation CertifResolveReport($reportId: ID!, $resolution: String!, $reason: String!) {\n    resolveIssueReport(reportId: $reportId, resolution: $resolution, reason: $reason) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifSessionsToProcess {\n    sessionsToProcess { id date time status certificationCenter { name } }\n  }\n"): (typeof documents)["\n  query CertifSessionsToProcess {\n    sessionsToProcess { id date time status certificationCenter { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifSession($id: ID!) {\n    certificationSession(id: $id) {\n      id date time address room examiner invigilatorCount description status accessCode invigilatorPassword hasStarted\n      certificationCenter { id name type organization { id divisions } }\n      candidates { id firstName lastName birthdate division extraTimePercentage liveStatus }\n      attendanceSheetUrl invigilatorKitUrl incidentReportUrl invigilatorPackUrl\n      documents { id name uploadedAt }\n    }\n  }\n"): (typeof documents)["\n  query CertifSession($id: ID!) {\n    certificationSession(id: $id) {\n      id date time address room examiner invigilatorCount description status accessCode invigilatorPassword hasStarted\n      certificationCenter { id name type organization { id divisions } }\n      candidates { id firstName lastName birthdate division extraTimePercentage liveStatus }\n      attendanceSheetUrl invigilatorKitUrl incidentReportUrl invigilatorPackUrl\n      documents { id name uploadedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifStudents($organizationId: ID!, $division: String, $after: String) {\n    organization(id: $organizationId) {\n      id\n      students(division: $division, first: 100, after: $after) {\n        edges { node { id firstName lastName birthdate division } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertifStudents($organizationId: ID!, $division: String, $after: String) {\n    organization(id: $organizationId) {\n      id\n      students(division: $division, first: 100, after: $after) {\n        edges { node { id firstName lastName birthdate division } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifSessionResults($id: ID!) {\n    certificationSession(id: $id) {\n      id\n      results { candidate { id firstName lastName } status pixScore competences { competence { code } level } }\n    }\n  }\n"): (typeof documents)["\n  query CertifSessionResults($id: ID!) {\n    certificationSession(id: $id) {\n      id\n      results { candidate { id firstName lastName } status pixScore competences { competence { code } level } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifUpdateSession($sessionId: ID!, $input: UpdateSessionInput!) {\n    updateCertificationSession(sessionId: $sessionId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CertifUpdateSession($sessionId: ID!, $input: UpdateSessionInput!) {\n    updateCertificationSession(sessionId: $sessionId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifDeleteSession($sessionId: ID!) {\n    deleteCertificationSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation CertifDeleteSession($sessionId: ID!) {\n    deleteCertificationSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifEnrol($sessionId: ID!, $studentIds: [ID!]!, $extraTimePercentages: [Int!]) {\n    enrolCandidates(sessionId: $sessionId, studentIds: $studentIds, extraTimePercentages: $extraTimePercentages) { id }\n  }\n"): (typeof documents)["\n  mutation CertifEnrol($sessionId: ID!, $studentIds: [ID!]!, $extraTimePercentages: [Int!]) {\n    enrolCandidates(sessionId: $sessionId, studentIds: $studentIds, extraTimePercentages: $extraTimePercentages) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifRemoveCandidate($candidateId: ID!) {\n    removeCertificationCandidate(candidateId: $candidateId)\n  }\n"): (typeof documents)["\n  mutation CertifRemoveCandidate($candidateId: ID!) {\n    removeCertificationCandidate(candidateId: $candidateId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifImportCandidates($sessionId: ID!, $file: String!) {\n    importCertificationCandidates(sessionId: $sessionId, file: $file) { id }\n  }\n"): (typeof documents)["\n  mutation CertifImportCandidates($sessionId: ID!, $file: String!) {\n    importCertificationCandidates(sessionId: $sessionId, file: $file) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifSignInInvigilator($sessionId: ID!, $password: String!) {\n    signInInvigilator(sessionId: $sessionId, password: $password) { token }\n  }\n"): (typeof documents)["\n  mutation CertifSignInInvigilator($sessionId: ID!, $password: String!) {\n    signInInvigilator(sessionId: $sessionId, password: $password) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertifSupervisionCandidate on CertificationCandidate {\n    id firstName lastName birthdate division extraTimePercentage liveStatus answeredCount challengeCount\n    timeLeftSeconds authorizedToStart authorizedToResume\n  }\n"): (typeof documents)["\n  fragment CertifSupervisionCandidate on CertificationCandidate {\n    id firstName lastName birthdate division extraTimePercentage liveStatus answeredCount challengeCount\n    timeLeftSeconds authorizedToStart authorizedToResume\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifSupervision($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room address examiner status accessCode\n      certificationCenter { name }\n      candidates { ...CertifSupervisionCandidate }\n    }\n  }\n"): (typeof documents)["\n  query CertifSupervision($id: ID!) {\n    certificationSession(id: $id) {\n      id date time room address examiner status accessCode\n      certificationCenter { name }\n      candidates { ...CertifSupervisionCandidate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CertifSessionSupervision($sessionId: ID!) {\n    sessionSupervision(sessionId: $sessionId) { id }\n  }\n"): (typeof documents)["\n  subscription CertifSessionSupervision($sessionId: ID!) {\n    sessionSupervision(sessionId: $sessionId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifAuthorizeToStart($candidateId: ID!, $authorized: Boolean) {\n    authorizeCandidateToStart(candidateId: $candidateId, authorized: $authorized) { id }\n  }\n"): (typeof documents)["\n  mutation CertifAuthorizeToStart($candidateId: ID!, $authorized: Boolean) {\n    authorizeCandidateToStart(candidateId: $candidateId, authorized: $authorized) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifAuthorizeToResume($candidateId: ID!) {\n    authorizeCandidateToResume(candidateId: $candidateId) { id }\n  }\n"): (typeof documents)["\n  mutation CertifAuthorizeToResume($candidateId: ID!) {\n    authorizeCandidateToResume(candidateId: $candidateId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifEndTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) { id }\n  }\n"): (typeof documents)["\n  mutation CertifEndTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifGrantExtraTime($candidateId: ID!, $extraTimePercentage: Int!) {\n    grantExtraTime(candidateId: $candidateId, extraTimePercentage: $extraTimePercentage) { id }\n  }\n"): (typeof documents)["\n  mutation CertifGrantExtraTime($candidateId: ID!, $extraTimePercentage: Int!) {\n    grantExtraTime(candidateId: $candidateId, extraTimePercentage: $extraTimePercentage) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCompetenceEvaluation($code: String!) {\n    startCompetenceEvaluation(competenceCode: $code) { id }\n  }\n"): (typeof documents)["\n  mutation StartCompetenceEvaluation($code: String!) {\n    startCompetenceEvaluation(competenceCode: $code) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n      user { mustChangePassword }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n      user { mustChangePassword }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxEmails {\n    outboxEmails(first: 50) { id to subject text createdAt sentAt }\n  }\n"): (typeof documents)["\n  query OutboxEmails {\n    outboxEmails(first: 50) { id to subject text createdAt sentAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSession {\n    me { id }\n  }\n"): (typeof documents)["\n  query PortalSession {\n    me { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteExternalSignIn($pending: String!, $campaignCode: String!, $birthdate: Date!) {\n    completeExternalSignIn(pending: $pending, campaignCode: $campaignCode, birthdate: $birthdate) { token }\n  }\n"): (typeof documents)["\n  mutation CompleteExternalSignIn($pending: String!, $campaignCode: String!, $birthdate: Date!) {\n    completeExternalSignIn(pending: $pending, campaignCode: $campaignCode, birthdate: $birthdate) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalJoinedCampaign($code: String!) {\n    campaignByCode(code: $code) { code type }\n    me { participations { status campaign { code } assessment { id } } }\n  }\n"): (typeof documents)["\n  query PortalJoinedCampaign($code: String!) {\n    campaignByCode(code: $code) { code type }\n    me { participations { status campaign { code } assessment { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { organizationName role email expiresAt isExpired isAccepted }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) { organizationName role email expiresAt isExpired isAccepted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) { role organization { id name } }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) { role organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordState {\n    me { mustChangePassword }\n  }\n"): (typeof documents)["\n  query PasswordState {\n    me { mustChangePassword }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { mustChangePassword }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { mustChangePassword }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaHome($id: ID!) {\n    organization(id: $id) {\n      id\n      divisions\n      students(first: 1) { totalCount }\n      campaigns { id }\n    }\n  }\n"): (typeof documents)["\n  query OrgaHome($id: ID!) {\n    organization(id: $id) {\n      id\n      divisions\n      students(first: 1) { totalCount }\n      campaigns { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaCampaign($orgId: ID!, $id: ID!, $first: Int, $after: String) {\n    organization(id: $orgId) { id campaigns(includeArchived: true) { id } }\n    campaign(id: $id) {\n      id code name type multipleSendings isSos archivedAt createdAt\n      targetProfile { name description }\n      participations(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id status progress sharedAt masteryPercentage totalPix isCertifiable certifiableCompetencesCount\n            participant { firstName lastName }\n            student { firstName lastName division }\n            stage { index total title }\n          }\n        }\n      }\n      collectiveResults { competenceCode competenceName averageMasteryPercentage }\n      topicsToReinforce(first: 5) { tubeId title competenceCode averageMasteryPercentage }\n    }\n  }\n"): (typeof documents)["\n  query OrgaCampaign($orgId: ID!, $id: ID!, $first: Int, $after: String) {\n    organization(id: $orgId) { id campaigns(includeArchived: true) { id } }\n    campaign(id: $id) {\n      id code name type multipleSendings isSos archivedAt createdAt\n      targetProfile { name description }\n      participations(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id status progress sharedAt masteryPercentage totalPix isCertifiable certifiableCompetencesCount\n            participant { firstName lastName }\n            student { firstName lastName division }\n            stage { index total title }\n          }\n        }\n      }\n      collectiveResults { competenceCode competenceName averageMasteryPercentage }\n      topicsToReinforce(first: 5) { tubeId title competenceCode averageMasteryPercentage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCampaignExport($campaignId: ID!) {\n    startCampaignExport(campaignId: $campaignId) { id }\n  }\n"): (typeof documents)["\n  mutation StartCampaignExport($campaignId: ID!) {\n    startCampaignExport(campaignId: $campaignId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCampaign($campaignId: ID!) {\n    archiveCampaign(campaignId: $campaignId) { id archivedAt }\n  }\n"): (typeof documents)["\n  mutation ArchiveCampaign($campaignId: ID!) {\n    archiveCampaign(campaignId: $campaignId) { id archivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaCampaigns($id: ID!, $includeArchived: Boolean) {\n    organization(id: $id) {\n      id\n      campaigns(includeArchived: $includeArchived) {\n        id code name type isSos createdAt archivedAt\n        participations(first: 1) { totalCount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgaCampaigns($id: ID!, $includeArchived: Boolean) {\n    organization(id: $id) {\n      id\n      campaigns(includeArchived: $includeArchived) {\n        id code name type isSos createdAt archivedAt\n        participations(first: 1) { totalCount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSosCampaign($organizationId: ID!) {\n    createSosCampaign(organizationId: $organizationId) { id }\n  }\n"): (typeof documents)["\n  mutation CreateSosCampaign($organizationId: ID!) {\n    createSosCampaign(organizationId: $organizationId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaCertificationResults($id: ID!, $division: String) {\n    organization(id: $id) {\n      id\n      divisions\n      mandatoryCertificationClasses\n      certificationResults(division: $division) {\n        candidate { id firstName lastName division }\n        status\n        pixScore\n        competences { competence { code } level }\n      }\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n"): (typeof documents)["\n  query OrgaCertificationResults($id: ID!, $division: String) {\n    organization(id: $id) {\n      id\n      divisions\n      mandatoryCertificationClasses\n      certificationResults(division: $division) {\n        candidate { id firstName lastName division }\n        status\n        pixScore\n        competences { competence { code } level }\n      }\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganizations {\n    me { memberships { role organization { id name uai } } }\n  }\n"): (typeof documents)["\n  query MyOrganizations {\n    me { memberships { role organization { id name uai } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaStudents($id: ID!, $division: String, $search: String, $first: Int, $after: String) {\n    organization(id: $id) {\n      id\n      divisions\n      students(division: $division, search: $search, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id nationalId firstName lastName birthdate division user { username email } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgaStudents($id: ID!, $division: String, $search: String, $first: Int, $after: String) {\n    organization(id: $id) {\n      id\n      divisions\n      students(division: $division, search: $search, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id nationalId firstName lastName birthdate division user { username email } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaDivisions($id: ID!) {\n    organization(id: $id) { id divisions }\n  }\n"): (typeof documents)["\n  query OrgaDivisions($id: ID!) {\n    organization(id: $id) { id divisions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateStudentAccounts($organizationId: ID!, $division: String!) {\n    generateStudentAccounts(organizationId: $organizationId, division: $division) {\n      studentId firstName lastName division username temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateStudentAccounts($organizationId: ID!, $division: String!) {\n    generateStudentAccounts(organizationId: $organizationId, division: $division) {\n      studentId firstName lastName division username temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentImportProgress($id: ID!) {\n    studentImport(id: $id) {\n      id status format progress importedCount createdCount skippedCount leftCount createdAt finishedAt\n      errors { line studentId field code message }\n    }\n  }\n"): (typeof documents)["\n  query StudentImportProgress($id: ID!) {\n    studentImport(id: $id) {\n      id status format progress importedCount createdCount skippedCount leftCount createdAt finishedAt\n      errors { line studentId field code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentStudentImports($id: ID!) {\n    organization(id: $id) {\n      id\n      studentImports(first: 5) { id status format importedCount createdAt }\n    }\n  }\n"): (typeof documents)["\n  query RecentStudentImports($id: ID!) {\n    organization(id: $id) {\n      id\n      studentImports(first: 5) { id status format importedCount createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStudents($organizationId: ID!, $file: String!, $format: StudentFileFormat!) {\n    importStudents(organizationId: $organizationId, file: $file, format: $format) { id }\n  }\n"): (typeof documents)["\n  mutation ImportStudents($organizationId: ID!, $file: String!, $format: StudentFileFormat!) {\n    importStudents(organizationId: $organizationId, file: $file, format: $format) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaLayout($id: ID!) {\n    me { memberships { role organization { id } } }\n    organization(id: $id) { id name type uai }\n  }\n"): (typeof documents)["\n  query OrgaLayout($id: ID!) {\n    me { memberships { role organization { id } } }\n    organization(id: $id) { id name type uai }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaMembers($id: ID!) {\n    me { memberships { role organization { id } } }\n    organization(id: $id) { id members { userId firstName lastName email role } }\n  }\n"): (typeof documents)["\n  query OrgaMembers($id: ID!) {\n    me { memberships { role organization { id } } }\n    organization(id: $id) { id members { userId firstName lastName email role } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaPendingInvitations($id: ID!) {\n    organization(id: $id) { id pendingInvitations { email role expiresAt } }\n  }\n"): (typeof documents)["\n  query OrgaPendingInvitations($id: ID!) {\n    organization(id: $id) { id pendingInvitations { email role expiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { email }\n  }\n"): (typeof documents)["\n  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) { email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaTargetProfiles($id: ID!) {\n    organization(id: $id) { id targetProfiles { id name description skillsCount } }\n  }\n"): (typeof documents)["\n  query OrgaTargetProfiles($id: ID!) {\n    organization(id: $id) { id targetProfiles { id name description skillsCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearnerProfile {\n    me {\n      firstName\n      lastName\n      profile {\n        totalPix\n        isCertifiable\n        certifiableCompetencesCount\n        scorecards {\n          competence { code name area { code } }\n          level\n          pix\n          pixToNextLevel\n          status\n        }\n      }\n    }\n    areas { code title }\n  }\n"): (typeof documents)["\n  query LearnerProfile {\n    me {\n      firstName\n      lastName\n      profile {\n        totalPix\n        isCertifiable\n        certifiableCompetencesCount\n        scorecards {\n          competence { code name area { code } }\n          level\n          pix\n          pixToNextLevel\n          status\n        }\n      }\n    }\n    areas { code title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCompetence($code: String!) {\n    resetCompetence(competenceCode: $code) { level }\n  }\n"): (typeof documents)["\n  mutation ResetCompetence($code: String!) {\n    resetCompetence(competenceCode: $code) { level }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositioningTest($id: ID!) {\n    me { firstName lastName }\n    assessment(id: $id) {\n      id\n      state\n      answeredCount\n      competence { code name area { code } }\n      campaignParticipation { id status sharedAt campaign { name code type } }\n      nextChallenge {\n        id type instruction proposals timerSeconds focused\n        illustration { url alt }\n        attachment { name url }\n        embed { url title height }\n      }\n      checkpoint {\n        challenge { id instruction }\n        status givenAnswer correctAnswer\n        tutorials { title url format durationMinutes }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositioningTest($id: ID!) {\n    me { firstName lastName }\n    assessment(id: $id) {\n      id\n      state\n      answeredCount\n      competence { code name area { code } }\n      campaignParticipation { id status sharedAt campaign { name code type } }\n      nextChallenge {\n        id type instruction proposals timerSeconds focused\n        illustration { url alt }\n        attachment { name url }\n        embed { url title height }\n      }\n      checkpoint {\n        challenge { id instruction }\n        status givenAnswer correctAnswer\n        tutorials { title url format durationMinutes }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignOrganizer($code: String!) {\n    campaignByCode(code: $code) { organizationName }\n  }\n"): (typeof documents)["\n  query CampaignOrganizer($code: String!) {\n    campaignByCode(code: $code) { organizationName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { status }\n  }\n"): (typeof documents)["\n  mutation SubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifVerify($code: String!) {\n    verifyCertificate(code: $code) {\n      firstName lastName birthdate pixScore deliveredAt validUntil isValid\n      competences { competence { code name } level }\n    }\n  }\n"): (typeof documents)["\n  query CertifVerify($code: String!) {\n    verifyCertificate(code: $code) {\n      firstName lastName birthdate pixScore deliveredAt validUntil isValid\n      competences { competence { code name } level }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;