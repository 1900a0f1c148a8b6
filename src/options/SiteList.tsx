/**
 * The sites where Pointwise is switched off: turn one back on, or all of them. Focus stays in the
 * list after a removal (the next site, else the previous one, else the section heading).
 */
import { useEffect, useRef } from 'preact/hooks';
import { focusAfterRemoval, sortSites } from './options-model';

export interface SiteListProps {
  sites: readonly string[];
  onRemove: (site: string) => void;
  onClear: () => void;
}

/** Focus target meaning "the list's heading" (a symbol: no site key can equal it). */
const HEADING = Symbol('heading');

export function SiteList({ sites, onRemove, onClear }: SiteListProps) {
  const sorted = sortSites(sites);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes once the list has re-rendered: a site, or the heading. */
  const pendingFocus = useRef<string | typeof HEADING | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === HEADING) heading.current?.focus();
    else buttons.current.get(target)?.focus();
  });

  const remove = (site: string, index: number) => {
    const next = focusAfterRemoval(sorted.length, index);
    pendingFocus.current = next === null ? HEADING : (sorted.filter((s) => s !== site)[next] ?? HEADING);
    onRemove(site);
  };
  const clear = () => {
    pendingFocus.current = HEADING;
    onClear();
  };

  return (
    <section class="card" aria-labelledby="sites-heading">
      <div class="card-head">
        <h2 id="sites-heading" class="card-title" tabIndex={-1} ref={heading}>
          Sites where Pointwise is off
        </h2>
        {sorted.length > 0 ? (
          <button type="button" class="button" onClick={clear}>
            Turn all back on
          </button>
        ) : null}
      </div>
      {sorted.length === 0 ? (
        <p class="card-intro empty-sites">
          Pointwise is on for every site. A site you switch off from the popup or with the keyboard shortcut is listed
          here.
        </p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-heading">
          {sorted.map((site, index) => (
            <li key={site} class="site-item">
              <span class="site-name" id={`site-${index}`}>
                {site}
              </span>
              <button
                type="button"
                id={`site-${index}-on`}
                class="button small"
                aria-labelledby={`site-${index}-on site-${index}`}
                ref={(el) => {
                  if (el) buttons.current.set(site, el);
                  else buttons.current.delete(site);
                }}
                onClick={() => remove(site, index)}
              >
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
