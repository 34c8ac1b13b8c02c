import { useEffect } from 'preact/hooks';
import { canDo } from '../../abilities.ts';
import type { Me } from '../../api/types.ts';
import { isAlarm } from '../../live/attention.ts';
import { LiveContext, useLiveConnection } from '../../live/live-context.ts';
import { useAttention } from '../../live/use-attention.ts';
import { useLocation, type Location } from '../../routing.ts';
import { AttentionBanners } from './attention-banners.tsx';
import { HomePage } from './home-page.tsx';
import { MainNav } from './main-nav.tsx';
import {
  AccountPage,
  CasePage,
  EmergencyNumbersPage,
  FirstPasswordPage,
  InboxPage,
  InstitutionsPage,
  LogCallPage,
  OpportunitiesPage,
  QueuePage,
  ReferralPage,
  RequestCasePage,
  RequestFormPage,
  RequestsPage,
  SearchPage,
  SupervisionPage,
  UsersPage,
} from './pages.ts';

interface Props {
  readonly me: Me;
  /** A fresh `Me` from the server (after a password change). */
  readonly onMeChanged: (me: Me) => void;
  readonly onSignedOut: () => void;
  /** How many alarms wait (urgent cases), for the neutral counter in the tab title. */
  readonly onAlarmCount: (count: number) => void;
}

/**
 * The signed-in console: the menu, the live alerts and the current page. Pages appear only
 * when the server's `abilities` say so; a page the person may not open shows the home page
 * instead. After a temporary password, nothing opens before she has chosen her own. For those
 * who work the queue or answer referrals, one live connection serves every page, so an urgent
 * alert (or an emergency referral) shows and sounds wherever they are.
 */
export function AppShell({ me, onMeChanged, onSignedOut, onAlarmCount }: Props) {
  const location = useLocation();
  // `live.listen` opens the stream (the helpline and institutions' staff); an older server
  // grants it through `queue.read` alone.
  const listens =
    (canDo(me, 'live.listen') || canDo(me, 'queue.read')) && !me.user.mustChangePassword;
  const live = useLiveConnection(listens);
  if (me.user.mustChangePassword) {
    return (
      <main class="content content--page" id="main">
        <FirstPasswordPage onMeChanged={onMeChanged} onSignedOut={onSignedOut} />
      </main>
    );
  }
  return (
    <LiveContext.Provider value={live}>
      <MainNav me={me} route={location.route} onSignedOut={onSignedOut} />
      {listens && <LiveAttention onAlarmCount={onAlarmCount} />}
      <main class="content content--page" id="main">
        <CurrentPage
          me={me}
          location={location}
          onMeChanged={onMeChanged}
          onSignedOut={onSignedOut}
        />
      </main>
    </LiveContext.Provider>
  );
}

function LiveAttention({ onAlarmCount }: { readonly onAlarmCount: (count: number) => void }) {
  const attention = useAttention();
  const alarms = attention.items.filter(isAlarm).length;
  useEffect(() => {
    onAlarmCount(alarms);
    return () => {
      onAlarmCount(0);
    };
  }, [alarms]);
  return (
    <AttentionBanners
      items={attention.items}
      onDismiss={attention.dismiss}
      muted={attention.muted}
      onMutedChange={attention.setMuted}
      lastTone={attention.lastTone}
    />
  );
}

function CurrentPage({
  me,
  location,
  onMeChanged,
  onSignedOut,
}: {
  readonly me: Me;
  readonly location: Location;
  readonly onMeChanged: (me: Me) => void;
  readonly onSignedOut: () => void;
}) {
  const { route, param, query } = location;
  switch (route) {
    case 'account':
      return <AccountPage me={me} onMeChanged={onMeChanged} onSignedOut={onSignedOut} />;
    case 'users':
      if (me.abilities.manageUsers) return <UsersPage />;
      break;
    case 'institutions':
      if (me.abilities.manageInstitutions) return <InstitutionsPage />;
      break;
    case 'opportunities':
      if (canDo(me, 'opportunity.read')) return <OpportunitiesPage me={me} />;
      break;
    case 'queue':
      if (canDo(me, 'queue.read')) return <QueuePage me={me} />;
      break;
    case 'cases':
      if (param !== undefined && canDo(me, 'case.read')) {
        return <CasePage key={param} me={me} caseId={param} />;
      }
      break;
    case 'calls':
      if (canDo(me, 'contact.create')) {
        const caseId = query.get('case') ?? undefined;
        return <LogCallPage key={caseId ?? 'new'} me={me} caseId={caseId} />;
      }
      break;
    case 'search':
      if (canDo(me, 'case.search')) return <SearchPage me={me} />;
      break;
    case 'supervision':
      if (canDo(me, 'queue.supervise')) return <SupervisionPage me={me} />;
      break;
    case 'emergency-numbers':
      if (canDo(me, 'emergency_number.update')) return <EmergencyNumbersPage />;
      break;
    case 'inbox':
      if (canDo(me, 'referral.respond')) {
        return <InboxPage me={me} tab={query.get('view') === 'closed' ? 'closed' : 'open'} />;
      }
      break;
    case 'referrals':
      if (param !== undefined && canDo(me, 'referral.read')) {
        return <ReferralPage key={param} me={me} referralId={param} />;
      }
      break;
    case 'requests':
      if (!canDo(me, 'request.read')) break;
      if (param === undefined) return <RequestsPage me={me} />;
      if (param === 'new') {
        if (canDo(me, 'request.create')) return <RequestFormPage me={me} />;
        break;
      }
      return (
        <RequestCasePage
          key={param}
          me={me}
          caseId={param}
          justCreated={query.get('created') === '1'}
        />
      );
    case 'home':
      break;
  }
  return <HomePage me={me} />;
}
