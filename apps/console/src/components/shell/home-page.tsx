import type { Me } from '../../api/types.ts';
import { useConsole } from '../../context.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { TerritoryStatus } from '../territory-status.tsx';
import { isolate } from '../../i18n/bidi.ts';

/** The signed-in home: a greeting by name, and the service status. */
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
      <TerritoryStatus t={t} />
    </div>
  );
}
