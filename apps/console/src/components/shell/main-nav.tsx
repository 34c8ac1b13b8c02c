import { canDo } from '../../abilities.ts';
import type { Me } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { newCallHref, routeHref, type Route } from '../../routing.ts';
import { SignOutButton } from './sign-out-button.tsx';

interface Props {
  readonly me: Me;
  readonly route: Route;
  readonly onSignedOut: () => void;
}

/** The menu: pages the person may open, her name, and "sign out". */
export function MainNav({ me, route, onSignedOut }: Props) {
  const { t } = useConsole();
  const links: { route: Route; label: string; href?: string }[] = [
    { route: 'home', label: t.navHome },
  ];
  if (canDo(me, 'referral.respond')) links.push({ route: 'inbox', label: t.navInbox });
  if (canDo(me, 'request.create')) links.push({ route: 'requests', label: t.navRequests });
  if (canDo(me, 'queue.read')) links.push({ route: 'queue', label: t.navQueue });
  if (canDo(me, 'contact.create')) {
    links.push({ route: 'calls', label: t.navLogCall, href: newCallHref() });
  }
  if (canDo(me, 'case.search')) links.push({ route: 'search', label: t.navSearch });
  if (canDo(me, 'queue.supervise')) links.push({ route: 'supervision', label: t.navSupervision });
  if (me.abilities.manageUsers) links.push({ route: 'users', label: t.navUsers });
  if (me.abilities.manageInstitutions) {
    links.push({ route: 'institutions', label: t.navInstitutions });
  }
  if (canDo(me, 'opportunity.read')) {
    links.push({ route: 'opportunities', label: t.navOpportunities });
  }
  if (canDo(me, 'emergency_number.update')) {
    links.push({ route: 'emergency-numbers', label: t.navEmergencyNumbers });
  }
  links.push({ route: 'account', label: t.navAccount });
  return (
    <div class="nav-bar">
      <nav aria-label={t.mainMenu}>
        <ul class="nav-links">
          {links.map((link) => (
            <li key={link.route}>
              <a
                href={link.href ?? routeHref(link.route)}
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
