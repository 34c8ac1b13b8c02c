import type { Me } from '../../api/types.ts';
import { useRoute } from '../../routing.ts';
import { lazyPage } from '../ui/lazy-page.tsx';
import { HomePage } from './home-page.tsx';
import { MainNav } from './main-nav.tsx';

// Pages after sign-in are fetched when first opened: they bring the vocabularies and the
// territory from `@sanad/core`, which the sign-in screen does not need.
const AccountPage = lazyPage(() =>
  import('../../pages/account/account-page.tsx').then((module) => module.AccountPage),
);
const FirstPasswordPage = lazyPage(() =>
  import('../../pages/account/first-password-page.tsx').then((module) => module.FirstPasswordPage),
);
const UsersPage = lazyPage(() =>
  import('../../pages/users/users-page.tsx').then((module) => module.UsersPage),
);
const InstitutionsPage = lazyPage(() =>
  import('../../pages/institutions/institutions-page.tsx').then(
    (module) => module.InstitutionsPage,
  ),
);

interface Props {
  readonly me: Me;
  /** A fresh `Me` from the server (after a password change). */
  readonly onMeChanged: (me: Me) => void;
  readonly onSignedOut: () => void;
}

/**
 * The signed-in console: the menu and the current page. Administration pages appear only when
 * the server's `abilities` say so; a page the person may not open shows the home page instead.
 * After a temporary password, nothing opens before she has chosen her own.
 */
export function AppShell({ me, onMeChanged, onSignedOut }: Props) {
  const route = useRoute();
  if (me.user.mustChangePassword) {
    return (
      <main class="content content--page" id="main">
        <FirstPasswordPage onMeChanged={onMeChanged} onSignedOut={onSignedOut} />
      </main>
    );
  }
  const page =
    route === 'account' ? (
      <AccountPage me={me} onMeChanged={onMeChanged} onSignedOut={onSignedOut} />
    ) : route === 'users' && me.abilities.manageUsers ? (
      <UsersPage />
    ) : route === 'institutions' && me.abilities.manageInstitutions ? (
      <InstitutionsPage />
    ) : (
      <HomePage me={me} />
    );
  return (
    <>
      <MainNav me={me} route={route} onSignedOut={onSignedOut} />
      <main class="content content--page" id="main">
        {page}
      </main>
    </>
  );
}
