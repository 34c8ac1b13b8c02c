import { useState } from 'preact/hooks';
import type { Position } from '../forms/bodies.ts';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';
import { Icon } from '../components/icons.tsx';

type Locating = 'idle' | 'locating' | 'located' | 'refused';

/**
 * Her location, only if she ticks the box (its own consent, separate from any other): the
 * browser then asks its own permission. A refusal, a timeout or no GPS simply falls back to
 * choosing the province.
 */
export function LocationConsent({
  f,
  position,
  onChange,
}: {
  readonly f: FlowMessages;
  readonly position: Position | null;
  readonly onChange: (position: Position | null) => void;
}) {
  const [status, setStatus] = useState<Locating>(position ? 'located' : 'idle');
  const checked = status === 'locating' || status === 'located';

  function locate() {
    if (!('geolocation' in navigator)) {
      setStatus('refused');
      return;
    }
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (found) => {
        setStatus('located');
        onChange({
          latitude: found.coords.latitude,
          longitude: found.coords.longitude,
          accuracyMeters: found.coords.accuracy,
        });
      },
      () => {
        setStatus('refused');
        onChange(null);
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return (
    <div class="field">
      <label class="choice choice--single">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby="location-hint location-status"
          onChange={() => {
            if (checked) {
              setStatus('idle');
              onChange(null);
            } else {
              locate();
            }
          }}
        />
        <Icon name="location" />
        <span>{f.urgent.shareLocation}</span>
      </label>
      <p class="hint" id="location-hint">
        {f.urgent.shareLocationHint}
      </p>
      <p class="hint" id="location-status" role="status">
        {status === 'locating'
          ? f.urgent.locating
          : status === 'located'
            ? f.urgent.located
            : status === 'refused'
              ? f.urgent.locationRefused
              : ''}
      </p>
    </div>
  );
}
