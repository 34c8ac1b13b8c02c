import type { Me } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { routeHref, type Route } from '../../routing.ts';
import { SignOutButton } from './sign-out-button.tsx';

interface Props {
  readonly me: Me;
  readonly route: Route;
  readonly onSignedOut: () => void;
}

/** The menu: pages the person may open, her name, and "sign out". */
export function MainNav({ me, route, onSignedOut }: Props) {
  const { t } = useConsole();
  const links: { route: Route; label: string }[] = [
    { route: 'home', label: t.navHome },
    { route: 'account', label: t.navAccount },
  ];
  if (me.abilities.manageUsers) links.push({ route: 'users', label: t.navUsers });
  if (me.abilities.manageInstitutions) {
    links.push({ route: 'institutions', label: t.navInstitutions });
  }
  return (
    <div class="nav-bar">
      <nav aria-label={t.mainMenu}>
        <ul class="nav-links">
          {links.map((link) => (
            <li key={link.route}>
              <a
                href={routeHref(link.route)}
                aria-current={link.route === route ? 'page' : undefined}
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="nav-user">
        <p>
          <span class="visually-hidden">{t.signedInAs}: </span>
          <bdi class="nav-user__name" data-user-name>
            {me.user.displayName}
          </bdi>
        </p>
        <SignOutButton everywhere={false} onSignedOut={onSignedOut} quiet />
      </div>
    </div>
  );
}
