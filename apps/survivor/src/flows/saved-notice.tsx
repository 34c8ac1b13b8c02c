import { Icon } from '../components/icons.tsx';
import type { FlowMessages } from '../i18n/flow-messages/types.ts';

/** Said plainly after an offline submission: it is kept, and it will leave by itself. */
export function SavedNotice({ f }: { readonly f: FlowMessages }) {
  return (
    <div class="notice notice--saved" role="status" data-saved>
      <Icon name="clock" />
      <div>
        <p>
          <strong>{f.savedTitle}</strong>
        </p>
        <p>{f.savedBody}</p>
      </div>
    </div>
  );
}
