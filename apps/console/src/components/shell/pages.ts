import { lazyPage } from '../ui/lazy-page.tsx';

// Pages after sign-in are fetched when first opened: they bring the vocabularies and the
// territory from `@sanad/core`, which the sign-in screen does not need.

export const AccountPage = lazyPage(() =>
  import('../../pages/account/account-page.tsx').then((module) => module.AccountPage),
);
export const FirstPasswordPage = lazyPage(() =>
  import('../../pages/account/first-password-page.tsx').then((module) => module.FirstPasswordPage),
);
export const UsersPage = lazyPage(() =>
  import('../../pages/users/users-page.tsx').then((module) => module.UsersPage),
);
export const InstitutionsPage = lazyPage(() =>
  import('../../pages/institutions/institutions-page.tsx').then(
    (module) => module.InstitutionsPage,
  ),
);
export const OpportunitiesPage = lazyPage(() =>
  import('../../pages/opportunities/opportunities-page.tsx').then(
    (module) => module.OpportunitiesPage,
  ),
);
export const QueuePage = lazyPage(() =>
  import('../../pages/queue/queue-page.tsx').then((module) => module.QueuePage),
);
export const CasePage = lazyPage(() =>
  import('../../pages/case/case-page.tsx').then((module) => module.CasePage),
);
export const LogCallPage = lazyPage(() =>
  import('../../pages/calls/log-call-page.tsx').then((module) => module.LogCallPage),
);
export const SearchPage = lazyPage(() =>
  import('../../pages/search/search-page.tsx').then((module) => module.SearchPage),
);
export const SupervisionPage = lazyPage(() =>
  import('../../pages/supervision/supervision-page.tsx').then((module) => module.SupervisionPage),
);
export const EmergencyNumbersPage = lazyPage(() =>
  import('../../pages/emergency-numbers/emergency-numbers-page.tsx').then(
    (module) => module.EmergencyNumbersPage,
  ),
);
export const InboxPage = lazyPage(() =>
  import('../../pages/inbox/inbox-page.tsx').then((module) => module.InboxPage),
);
export const ReferralPage = lazyPage(() =>
  import('../../pages/inbox/referral-page.tsx').then((module) => module.ReferralPage),
);
export const RequestsPage = lazyPage(() =>
  import('../../pages/requests/requests-page.tsx').then((module) => module.RequestsPage),
);
export const RequestFormPage = lazyPage(() =>
  import('../../pages/requests/request-form-page.tsx').then((module) => module.RequestFormPage),
);
export const RequestCasePage = lazyPage(() =>
  import('../../pages/requests/request-case-page.tsx').then((module) => module.RequestCasePage),
);
