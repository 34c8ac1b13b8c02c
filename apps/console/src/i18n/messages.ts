import { accountMessages, type AccountMessages } from './catalogue/account.ts';
import { callsMessages, type CallsMessages } from './catalogue/calls.ts';
import { caseFileMessages, type CaseFileMessages } from './catalogue/case-file.ts';
import { caseFormsMessages, type CaseFormsMessages } from './catalogue/case-forms.ts';
import { helplineShellMessages, type HelplineShellMessages } from './catalogue/helpline-shell.ts';
import {
  institutionFormMessages,
  type InstitutionFormMessages,
} from './catalogue/institution-form.ts';
import {
  institutionImportColumnsMessages,
  type InstitutionImportColumnsMessages,
} from './catalogue/institution-import-columns.ts';
import {
  institutionImportMessages,
  type InstitutionImportMessages,
} from './catalogue/institution-import.ts';
import { institutionsMessages, type InstitutionsMessages } from './catalogue/institutions.ts';
import { opportunitiesMessages, type OpportunitiesMessages } from './catalogue/opportunities.ts';
import {
  opportunityFormMessages,
  type OpportunityFormMessages,
} from './catalogue/opportunity-form.ts';
import {
  opportunityImportMessages,
  type OpportunityImportMessages,
} from './catalogue/opportunity-import.ts';
import { pathwayCaseMessages, type PathwayCaseMessages } from './catalogue/pathway-case.ts';
import {
  pathwayProviderMessages,
  type PathwayProviderMessages,
} from './catalogue/pathway-provider.ts';
import { queueMessages, type QueueMessages } from './catalogue/queue.ts';
import { referralCardsMessages, type ReferralCardsMessages } from './catalogue/referral-cards.ts';
import { referralInboxMessages, type ReferralInboxMessages } from './catalogue/referral-inbox.ts';
import { referralPanelMessages, type ReferralPanelMessages } from './catalogue/referral-panel.ts';
import {
  referralRequestsMessages,
  type ReferralRequestsMessages,
} from './catalogue/referral-requests.ts';
import { shellMessages, type ShellMessages } from './catalogue/shell.ts';
import { signInMessages, type SignInMessages } from './catalogue/sign-in.ts';
import { supervisionMessages, type SupervisionMessages } from './catalogue/supervision.ts';
import { usersMessages, type UsersMessages } from './catalogue/users.ts';
import type { Locale } from './locale.ts';

/**
 * Every text the staff console shows, one catalogue per area (`catalogue/*.ts`), merged here.
 * Typed so that a key missing from any language does not compile; texts that depend on numbers
 * or names are functions, so plurals follow each language's rules.
 *
 * Tamazight (Standard Moroccan Tamazight, Tifinagh script): first wording by the team, to be
 * reviewed by an IRCAM-trained translator before launch.
 */
export type Messages = ShellMessages &
  SignInMessages &
  AccountMessages &
  UsersMessages &
  InstitutionsMessages &
  InstitutionFormMessages &
  InstitutionImportMessages &
  InstitutionImportColumnsMessages &
  OpportunitiesMessages &
  OpportunityFormMessages &
  OpportunityImportMessages &
  HelplineShellMessages &
  QueueMessages &
  CaseFileMessages &
  CaseFormsMessages &
  CallsMessages &
  SupervisionMessages &
  ReferralPanelMessages &
  ReferralCardsMessages &
  ReferralInboxMessages &
  ReferralRequestsMessages &
  PathwayCaseMessages &
  PathwayProviderMessages;

/** The area catalogues, so a test can prove that no two areas define the same key. */
export const CATALOGUES = [
  shellMessages,
  signInMessages,
  accountMessages,
  usersMessages,
  institutionsMessages,
  institutionFormMessages,
  institutionImportMessages,
  institutionImportColumnsMessages,
  opportunitiesMessages,
  opportunityFormMessages,
  opportunityImportMessages,
  helplineShellMessages,
  queueMessages,
  caseFileMessages,
  caseFormsMessages,
  callsMessages,
  supervisionMessages,
  referralPanelMessages,
  referralCardsMessages,
  referralInboxMessages,
  referralRequestsMessages,
  pathwayCaseMessages,
  pathwayProviderMessages,
] as const;

function merge(locale: Locale): Messages {
  return {
    ...shellMessages[locale],
    ...signInMessages[locale],
    ...accountMessages[locale],
    ...usersMessages[locale],
    ...institutionsMessages[locale],
    ...institutionFormMessages[locale],
    ...institutionImportMessages[locale],
    ...institutionImportColumnsMessages[locale],
    ...opportunitiesMessages[locale],
    ...opportunityFormMessages[locale],
    ...opportunityImportMessages[locale],
    ...helplineShellMessages[locale],
    ...queueMessages[locale],
    ...caseFileMessages[locale],
    ...caseFormsMessages[locale],
    ...callsMessages[locale],
    ...supervisionMessages[locale],
    ...referralPanelMessages[locale],
    ...referralCardsMessages[locale],
    ...referralInboxMessages[locale],
    ...referralRequestsMessages[locale],
    ...pathwayCaseMessages[locale],
    ...pathwayProviderMessages[locale],
  };
}

export const messages: Readonly<Record<Locale, Messages>> = {
  ar: merge('ar'),
  fr: merge('fr'),
  zgh: merge('zgh'),
  en: merge('en'),
};
