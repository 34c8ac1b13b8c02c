import type {
  Action,
  InstitutionType,
  Locale,
  ScopeLevel,
  ServiceType,
  StaffRole,
} from '@sanad/core';

// The shapes the console reads and sends, as the identity and admin API documents them. Only
// types come from `@sanad/core` here: the vocabularies' labels are loaded with the pages that
// show them, so the sign-in screen stays small.

/** Where a staff account's work reaches: the whole country, a region or a province. */
export interface Scope {
  readonly level: ScopeLevel;
  readonly region?: string;
  readonly province?: string;
}

/** The institution a staff account belongs to, as the API presents it. */
export interface InstitutionRef {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
}

/** The signed-in person, with what the server allows her to do (never re-derived here). */
export interface Me {
  readonly user: {
    readonly id: string;
    readonly email: string;
    readonly displayName: string;
    readonly role: StaffRole;
    readonly scope: Scope;
    readonly institution?: InstitutionRef;
    readonly locale: Locale;
    /** Signed in with a temporary password: she must choose her own before anything else. */
    readonly mustChangePassword: boolean;
  };
  readonly csrfToken: string;
  readonly abilities: {
    readonly manageUsers: boolean;
    readonly manageInstitutions: boolean;
    /**
     * Every action the server grants her (`queue.read`, `contact.create`, …): the helpline
     * pages and their menu links follow these. Absent from an older server: no helpline page.
     */
    readonly actions?: readonly Action[];
  };
}

/** What a first-time sign-in needs to set up an authenticator app. */
export interface TotpEnrolment {
  readonly secret: string;
  readonly otpauthUri: string;
  /** An SVG document, shown as an image (never injected as markup). */
  readonly qrSvg: string;
}

export type LoginResult =
  | { readonly next: 'totp'; readonly csrfToken: string }
  | { readonly next: 'enrol_totp'; readonly csrfToken: string; readonly enrolment: TotpEnrolment };

export interface SecondFactorResult {
  readonly me: Me;
  /** Only right after enrolment: shown once, never again. */
  readonly recoveryCodes?: readonly string[];
}

export type SecondFactorProof = { readonly code: string } | { readonly recoveryCode: string };

/** A staff account as an administrator sees it, with what she may do to it. */
export interface StaffUserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly scope: Scope;
  readonly institution?: InstitutionRef;
  readonly disabled: boolean;
  readonly totpEnrolled: boolean;
  readonly createdAt: string;
  readonly abilities: {
    readonly update: boolean;
    readonly disable: boolean;
    readonly resetPassword: boolean;
  };
}

export interface CreateUserInput {
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly scopeLevel: ScopeLevel;
  readonly scopeRegion?: string;
  readonly scopeProvince?: string;
  readonly institutionId?: string;
  readonly locale: Locale;
}

export interface UpdateUserInput {
  readonly displayName?: string;
  readonly role?: StaffRole;
  readonly scopeLevel?: ScopeLevel;
  readonly scopeRegion?: string;
  readonly scopeProvince?: string;
  /** `null` removes the account from its institution. */
  readonly institutionId?: string | null;
  readonly disabled?: boolean;
}

export interface InstitutionContact {
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
}

/** An institution of the referral network, as an administrator sees it. */
export interface InstitutionView {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly agency: string;
  readonly regionCode: string;
  readonly provinceCode?: string;
  /** Province codes the institution serves. */
  readonly coverage: readonly string[];
  readonly services: readonly ServiceType[];
  readonly open247: boolean;
  readonly capacityTotal?: number;
  readonly capacityFree?: number;
  readonly contact: InstitutionContact;
  readonly active: boolean;
  readonly abilities: { readonly update: boolean };
}

export interface InstitutionInput {
  readonly name: string;
  readonly type: InstitutionType;
  readonly agency: string;
  readonly regionCode: string;
  readonly provinceCode?: string;
  readonly coverage: readonly string[];
  readonly services: readonly ServiceType[];
  readonly open247: boolean;
  readonly capacityTotal?: number;
  readonly contact: InstitutionContact;
}

/** Changes to an institution; `null` clears the seat province or the capacity. */
export type InstitutionUpdate = Partial<
  Omit<InstitutionInput, 'provinceCode' | 'capacityTotal'>
> & {
  readonly provinceCode?: string | null;
  readonly capacityTotal?: number | null;
  readonly active?: boolean;
};
