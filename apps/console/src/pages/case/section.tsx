import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** One part of the case file: a card with its heading, named for assistive technology. */
export function CaseSection({
  title,
  name,
  children,
}: {
  readonly title: string;
  /** Stable hook for tests and links (`data-section`). */
  readonly name: string;
  readonly children: ComponentChildren;
}) {
  const id = useId();
  return (
    <section class="card case-section" aria-labelledby={id} data-section={name}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
