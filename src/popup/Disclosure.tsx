/**
 * A section that opens and closes: a heading holding a button (aria-expanded, aria-controls) and
 * the panel it shows. Keeps the heading in the page outline, unlike <summary>; Enter and Space
 * work because it is a real button.
 */
import type { ComponentChildren, Ref } from 'preact';

export interface DisclosureProps {
  /** DOM id of the panel; the button's id derives from it. */
  id: string;
  title: string;
  /** A few words after the title, e.g. a count. */
  meta?: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  buttonRef?: Ref<HTMLButtonElement>;
  children: ComponentChildren;
}

export function Disclosure({ id, title, meta, open, onToggle, buttonRef, children }: DisclosureProps) {
  return (
    <section class={`disclosure${open ? ' is-open' : ''}`} aria-labelledby={`${id}-button`}>
      <h2 class="disclosure-heading">
        <button
          ref={buttonRef}
          id={`${id}-button`}
          type="button"
          class="disclosure-button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={id}
          onClick={() => onToggle(!open)}
        >
          <span class="disclosure-title">{title}</span>
          {meta ? <span class="disclosure-meta">{meta}</span> : null}
          <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M4 6l4 4 4-4"
              fill="none"
              stroke="currentColor"
              stroke-width="1.6"
              stroke-linecap="round"
              stroke-linejoin="round"
            />
          </svg>
        </button>
      </h2>
      <div id={id} class="disclosure-panel" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
