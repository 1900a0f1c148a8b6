/** Scrolling the page to a claim (the popup's claim list asks for it). */

const reducedMotion = () => {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
};

/** Scrolls so that `range` is in the middle of the viewport (smoothly, unless the user prefers reduced motion). */
export function scrollToRange(range: Range): void {
  const behavior: ScrollBehavior = reducedMotion() ? 'auto' : 'smooth';
  const start = range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  const whole = range.getBoundingClientRect();
  if (element && element.getBoundingClientRect().height < window.innerHeight * 0.6) {
    // Also scrolls any scrollable container the claim sits in.
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  } else {
    window.scrollTo({ top: window.scrollY + whole.top - (window.innerHeight - whole.height) / 2, behavior });
  }
}
