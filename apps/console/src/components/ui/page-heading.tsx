import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A page's main heading. It takes focus when the page opens, so a screen reader announces the
 * new page and Tab starts from the top of it, as after a full page load.
 */
export function PageHeading({
  children,
  takeFocus = true,
}: {
  readonly children: ComponentChildren;
  /** Off when a field of the page takes focus instead (a code to type right away). */
  readonly takeFocus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus({ preventScroll: true });
  }, [takeFocus]);
  return (
    <h2 class="page-heading" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
