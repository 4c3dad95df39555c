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
    "\n  query CompetenceScorecard {\n    me {\n      firstName\n      lastName\n      profile {\n        scorecards {\n          competence { code name area { code title } }\n          level\n          pix\n          pixToNextLevel\n          status\n          remainingDaysBeforeImproving\n          remainingDaysBeforeReset\n        }\n      }\n    }\n  }\n": typeof types.CompetenceScorecardDocument,
    "\n  mutation StartCompetenceEvaluation($code: String!) {\n    startCompetenceEvaluation(competenceCode: $code) { id }\n  }\n": typeof types.StartCompetenceEvaluationDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query LearnerProfile {\n    me {\n      firstName\n      lastName\n      profile {\n        totalPix\n        isCertifiable\n        certifiableCompetencesCount\n        scorecards {\n          competence { code name area { code } }\n          level\n          pix\n          pixToNextLevel\n          status\n        }\n      }\n    }\n    areas { code title }\n  }\n": typeof types.LearnerProfileDocument,
    "\n  mutation ResetCompetence($code: String!) {\n    resetCompetence(competenceCode: $code) { level }\n  }\n": typeof types.ResetCompetenceDocument,
    "\n  query PositioningTest($id: ID!) {\n    me { firstName lastName }\n    assessment(id: $id) {\n      id\n      state\n      answeredCount\n      competence { code name area { code } }\n      nextChallenge {\n        id type instruction proposals timerSeconds focused\n        illustration { url alt }\n        attachment { name url }\n        embed { url title height }\n      }\n      checkpoint {\n        challenge { id instruction }\n        status givenAnswer correctAnswer\n        tutorials { title url format durationMinutes }\n      }\n    }\n  }\n": typeof types.PositioningTestDocument,
    "\n  mutation SubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { status }\n  }\n": typeof types.SubmitAnswerDocument,
};
const documents: Documents = {
    "\n  query CompetenceScorecard {\n    me {\n      firstName\n      lastName\n      profile {\n        scorecards {\n          competence { code name area { code title } }\n          level\n          pix\n          pixToNextLevel\n          status\n          remainingDaysBeforeImproving\n          remainingDaysBeforeReset\n        }\n      }\n    }\n  }\n": types.CompetenceScorecardDocument,
    "\n  mutation StartCompetenceEvaluation($code: String!) {\n    startCompetenceEvaluation(competenceCode: $code) { id }\n  }\n": types.StartCompetenceEvaluationDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n    }\n  }\n": types.SignInDocument,
    "\n  query LearnerProfile {\n    me {\n      firstName\n      lastName\n      profile {\n        totalPix\n        isCertifiable\n        certifiableCompetencesCount\n        scorecards {\n          competence { code name area { code } }\n          level\n          pix\n          pixToNextLevel\n          status\n        }\n      }\n    }\n    areas { code title }\n  }\n": types.LearnerProfileDocument,
    "\n  mutation ResetCompetence($code: String!) {\n    resetCompetence(competenceCode: $code) { level }\n  }\n": types.ResetCompetenceDocument,
    "\n  query PositioningTest($id: ID!) {\n    me { firstName lastName }\n    assessment(id: $id) {\n      id\n      state\n      answeredCount\n      competence { code name area { code } }\n      nextChallenge {\n        id type instruction proposals timerSeconds focused\n        illustration { url alt }\n        attachment { name url }\n        embed { url title height }\n      }\n      checkpoint {\n        challenge { id instruction }\n        status givenAnswer correctAnswer\n        tutorials { title url format durationMinutes }\n      }\n    }\n  }\n": types.PositioningTestDocument,
    "\n  mutation SubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { status }\n  }\n": types.SubmitAnswerDocument,
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
export function graphql(source: "\n  query CompetenceScorecard {\n    me {\n      firstName\n      lastName\n      profile {\n        scorecards {\n          competence { code name area { code title } }\n          level\n          pix\n          pixToNextLevel\n          status\n          remainingDaysBeforeImproving\n          remainingDaysBeforeReset\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompetenceScorecard {\n    me {\n      firstName\n      lastName\n      profile {\n        scorecards {\n          competence { code name area { code title } }\n          level\n          pix\n          pixToNextLevel\n          status\n          remainingDaysBeforeImproving\n          remainingDaysBeforeReset\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCompetenceEvaluation($code: String!) {\n    startCompetenceEvaluation(competenceCode: $code) { id }\n  }\n"): (typeof documents)["\n  mutation StartCompetenceEvaluation($code: String!) {\n    startCompetenceEvaluation(competenceCode: $code) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) {\n      token\n    }\n  }\n"];
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
export function graphql(source: "\n  query PositioningTest($id: ID!) {\n    me { firstName lastName }\n    assessment(id: $id) {\n      id\n      state\n      answeredCount\n      competence { code name area { code } }\n      nextChallenge {\n        id type instruction proposals timerSeconds focused\n        illustration { url alt }\n        attachment { name url }\n        embed { url title height }\n      }\n      checkpoint {\n        challenge { id instruction }\n        status givenAnswer correctAnswer\n        tutorials { title url format durationMinutes }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositioningTest($id: ID!) {\n    me { firstName lastName }\n    assessment(id: $id) {\n      id\n      state\n      answeredCount\n      competence { code name area { code } }\n      nextChallenge {\n        id type instruction proposals timerSeconds focused\n        illustration { url alt }\n        attachment { name url }\n        embed { url title height }\n      }\n      checkpoint {\n        challenge { id instruction }\n        status givenAnswer correctAnswer\n        tutorials { title url format durationMinutes }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { status }\n  }\n"): (typeof documents)["\n  mutation SubmitAnswer($input: AnswerInput!) {\n    submitAnswer(input: $input) { status }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;