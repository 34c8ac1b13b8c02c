import { accountMessages, type AccountMessages } from './catalogue/account.ts';
import { callsMessages, type CallsMessages } from './catalogue/calls.ts';
import { caseFileMessages, type CaseFileMessages } from './catalogue/case-file.ts';
import { caseFormsMessages, type CaseFormsMessages } from './catalogue/case-forms.ts';
import { helplineShellMessages, type HelplineShellMessages } from './catalogue/helpline-shell.ts';
import { institutionsMessages, type InstitutionsMessages } from './catalogue/institutions.ts';
import { queueMessages, type QueueMessages } from './catalogue/queue.ts';
import { referralsMessages, type ReferralsMessages } from './catalogue/referrals.ts';
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
  HelplineShellMessages &
  QueueMessages &
  CaseFileMessages &
  CaseFormsMessages &
  CallsMessages &
  SupervisionMessages &
  ReferralsMessages;

/** The area catalogues, so a test can prove that no two areas define the same key. */
export const CATALOGUES = [
  shellMessages,
  signInMessages,
  accountMessages,
  usersMessages,
  institutionsMessages,
  helplineShellMessages,
  queueMessages,
  caseFileMessages,
  caseFormsMessages,
  callsMessages,
  supervisionMessages,
  referralsMessages,
] as const;

function merge(locale: Locale): Messages {
  return {
    ...shellMessages[locale],
    ...signInMessages[locale],
    ...accountMessages[locale],
    ...usersMessages[locale],
    ...institutionsMessages[locale],
    ...helplineShellMessages[locale],
    ...queueMessages[locale],
    ...caseFileMessages[locale],
    ...caseFormsMessages[locale],
    ...callsMessages[locale],
    ...supervisionMessages[locale],
    ...referralsMessages[locale],
  };
}

export const messages: Readonly<Record<Locale, Messages>> = {
  ar: merge('ar'),
  fr: merge('fr'),
  zgh: merge('zgh'),
  en: merge('en'),
};
