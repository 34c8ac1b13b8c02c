import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useConsole } from '../../context.ts';

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ComponentChildren;
  readonly wide?: boolean;
}

/**
 * A modal dialog on the native `<dialog>`: the page behind is inert, Tab stays inside, Escape
 * closes it, and focus goes back to what opened it. Put `autoFocus` on the control the person
 * should start with (the first field, or "Cancel" in a confirmation).
 */
export function Dialog({ title, onClose, children, wide = false }: Props) {
  const { t } = useConsole();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The opener is read during the first render, in the same task as the click that opened the
  // dialog: an effect runs after paint, by which time a re-render elsewhere may have moved focus.
  const [opener] = useState(() => document.activeElement);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  return (
    <dialog
      ref={ref}
      class={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let the owner unmount the dialog, so its state and the DOM agree.
        event.preventDefault();
        onClose();
      }}
    >
      <div class="dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="dialog__close" aria-label={t.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="dialog__body">{children}</div>
    </dialog>
  );
}
