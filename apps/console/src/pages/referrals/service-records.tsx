import type { ServiceRecordView } from '../../api/referral-types.ts';
import { useConsole } from '../../context.ts';
import { formatDate } from '../../helpline-format.ts';
import { serviceLabel } from '../../vocabulary.ts';

/** The services the receiving institution delivered: which, from when to when, its notes. */
export function ServiceRecords({ records }: { readonly records: readonly ServiceRecordView[] }) {
  const { locale, t } = useConsole();
  return (
    <div class="service-records">
      <p class="label">{t.refServicesDelivered}</p>
      {records.length === 0 ? (
        <p class="empty">{t.refNoServicesYet}</p>
      ) : (
        <ul class="history">
          {records.map((record) => (
            <li key={record.id} data-service-record={record.serviceType}>
              <p>
                <strong>{serviceLabel(record.serviceType, locale)}</strong> —{' '}
                {record.endedOn
                  ? t.refServiceFromTo(
                      formatDate(record.startedOn, locale),
                      formatDate(record.endedOn, locale),
                    )
                  : t.refServiceSince(formatDate(record.startedOn, locale))}
              </p>
              {record.notes && (
                <p class="narrative" dir="auto">
                  {record.notes}
                </p>
              )}
              {record.recordedBy && (
                <p class="cell-note">
                  <bdi>{record.recordedBy.name}</bdi>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
