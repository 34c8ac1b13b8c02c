import { canDo } from '../../abilities.ts';
import type { Me } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { inboxHref, NEW_REQUEST_HREF } from '../../routing.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { TerritoryStatus } from '../territory-status.tsx';
import { isolate } from '../../i18n/bidi.ts';

/**
 * The signed-in home: a greeting by name, the way to the inbox for an institution's staff
 * (where their work waits), and the service status.
 */
export function HomePage({ me }: { readonly me: Me }) {
  const { t } = useConsole();
  return (
    <div class="page">
      <section class="card" aria-labelledby="home-title">
        <PageHeading>
          <span id="home-title">{t.homeTitle(isolate(me.user.displayName))}</span>
        </PageHeading>
        <p>{t.homeBody}</p>
      </section>
      {canDo(me, 'referral.respond') && (
        <section class="card stack" aria-labelledby="home-inbox" data-home-inbox>
          <h3 id="home-inbox">{t.navInbox}</h3>
          <p>{t.homeInboxLead}</p>
          <div class="row-actions">
            <a class="button" href={inboxHref()}>
              {t.openInbox}
            </a>
            {canDo(me, 'request.create') && (
              <a class="button button--secondary" href={NEW_REQUEST_HREF}>
                {t.reqNew}
              </a>
            )}
          </div>
        </section>
      )}
      <TerritoryStatus t={t} />
    </div>
  );
}
