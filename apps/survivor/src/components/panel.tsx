import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Icon, type IconName } from './icons.tsx';

interface Props {
  readonly title: string;
  readonly icon: IconName;
  readonly name: string;
  readonly back?: { readonly label: string; readonly onBack: () => void };
  readonly children: ComponentChildren;
}

/**
 * A journey's screen: its heading takes the focus when it opens (keyboards and screen readers
 * land on the new content), and a back button leads home.
 */
export function Panel({ title, icon, name, back, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  return (
    <section class="panel" aria-labelledby="panel-title" data-panel={name}>
      <h1 id="panel-title" ref={heading} tabIndex={-1}>
        <Icon name={icon} />
        <span>{title}</span>
      </h1>
      {children}
      {back ? (
        <button type="button" class="back" onClick={back.onBack}>
          <Icon name="back" />
          <span>{back.label}</span>
        </button>
      ) : null}
    </section>
  );
}
