import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { EnrolmentView } from '../../api/pathway-types.ts';
import { LoadFailure } from '../../components/ui/load-failure.tsx';
import { useConsole } from '../../context.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { EnrolmentItem } from './enrolment-item.tsx';
import { loadReferralEnrolment } from './pathway-api.ts';
import { changeNotice } from './enrolment-wording.ts';

interface Props {
  readonly referralId: string;
  /**
   * The referral's status and version: when the referral moves (accepted on this page, or
   * elsewhere), the steps open to the provider change, so the enrolment is read again.
   */
  readonly referralKey: string;
  /** Whether the reader is the provider (the receiving institution) or the referring side. */
  readonly viewpoint: 'referring' | 'provider';
  /** A step here moved the referral too (enrolled starts it, completed ends it). */
  readonly onChanged: () => void;
}

/**
 * On a referral's page, the opportunity it is about (issue #7), if any: the provider sees where
 * she stands and records her application, her enrolment, the end (completed, or stopped with a
 * reason) and what came of it. Nothing shows for a referral of another kind.
 */
export function EnrolmentCard({ referralId, referralKey, viewpoint, onChanged }: Props) {
  const { api, locale, t } = useConsole();
  const titleId = useId();
  const [notice, setNotice] = useState('');
  const { resource, reload, refresh, update } = useResource((signal) =>
    loadReferralEnrolment(api, referralId, signal),
  );
  const firstKey = useRef(referralKey);

  useEffect(() => {
    if (firstKey.current === referralKey) return;
    firstKey.current = referralKey;
    refresh();
  }, [referralKey]);

  if (resource.kind === 'loading') return null;
  if (resource.kind === 'failed') {
    return <LoadFailure problem={resource.problem} onRetry={reload} />;
  }
  const enrolment = resource.data;
  if (enrolment === null) return null;

  const changed = (next: EnrolmentView, change: 'step' | 'outcome') => {
    update(() => next);
    setNotice(changeNotice(next, change, t, locale));
    onChanged();
  };

  return (
    <section class="card stack" aria-labelledby={titleId} data-enrolment-card={enrolment.id}>
      <h3 id={titleId}>{t.pwCardTitle}</h3>
      {viewpoint === 'provider' && <p class="field__hint">{t.pwProviderHint}</p>}
      <p class="notice" role="status" data-enrolment-notice>
        {notice}
      </p>
      <EnrolmentItem
        enrolment={enrolment}
        viewpoint={viewpoint}
        headingLevel={4}
        defaultChannel="walk_in"
        onChanged={changed}
        onStale={refresh}
      />
    </section>
  );
}
