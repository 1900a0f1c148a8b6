/**
 * The overlay's stylesheet, as a string for `createShadowRootUi({ css })`. Built from ./palette.ts
 * so the colours the tests check are the colours drawn. Lives in the shadow root, so the page's
 * CSS cannot reach it and it cannot reach the page. No @font-face or @property (WXT would move
 * those into the document); custom properties are declared on classes, not :root.
 */
import { STATUS_IDS } from '../evidence/ids';
import {
  CARD_COLOURS,
  CITE_COLOURS,
  FOCUS_RING,
  HEDGED_FILL,
  NEGATED_COLOURS,
  OVERSTATED_MARK,
  STATUS_COLOURS,
  withAlpha,
} from '../ui/palette';

/** The system font stack used everywhere in the overlay (and by the badge width estimate). */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/** Badge metrics shared by the CSS and the width estimate in ./badge-size.ts. */
export const BADGE_METRICS = {
  badges: { height: 18, paddingX: 6, fontSize: 11.5, gap: 4 },
  compact: { height: 16, paddingX: 4, fontSize: 10.5, gap: 2 },
  border: 1,
  markSize: 14,
  tagFontSize: 11,
} as const;

/** Widest a card gets; it is narrower on small screens. */
export const CARD_WIDTH = 360;
/** Tallest a card gets (it scrolls inside); less when the viewport is short. */
export const CARD_MAX_HEIGHT = 480;

const statusRules = STATUS_IDS.map((status) => {
  const c = STATUS_COLOURS[status];
  return `.s-${status}{--fill:${c.fill};--ink:${c.ink};--accent:${c.accent};}`;
}).join('\n');

const m = BADGE_METRICS;

export const OVERLAY_CSS = `
:host{
  all:initial !important;
  display:block !important;
  position:absolute !important;
  top:0 !important;
  left:0 !important;
  width:0 !important;
  height:0 !important;
  margin:0 !important;
  padding:0 !important;
  border:0 !important;
  overflow:visible !important;
  z-index:2147483647 !important;
  pointer-events:none !important;
  visibility:visible !important;
  opacity:1 !important;
  transform:none !important;
  contain:style !important;
}
.layer{
  position:absolute;
  left:0;
  top:0;
  width:0;
  height:0;
  overflow:visible;
  pointer-events:none;
  direction:ltr;
  font-family:${FONT_STACK};
  -webkit-font-smoothing:antialiased;
}
${statusRules}

/* ---------- badges ---------- */
.badge{
  position:absolute;
  box-sizing:border-box;
  display:inline-flex;
  align-items:center;
  gap:${m.badges.gap}px;
  height:${m.badges.height}px;
  margin:0;
  padding:0 ${m.badges.paddingX}px;
  border:${m.border}px solid var(--accent);
  border-radius:${m.badges.height / 2}px;
  background:var(--fill);
  color:var(--ink);
  font:600 ${m.badges.fontSize}px/1 ${FONT_STACK};
  letter-spacing:0.01em;
  white-space:nowrap;
  text-transform:none;
  text-decoration:none;
  box-shadow:0 1px 2px rgba(0,0,0,0.22);
  cursor:pointer;
  pointer-events:auto;
  user-select:none;
  -webkit-user-select:none;
  -webkit-tap-highlight-color:transparent;
  appearance:none;
  transition:box-shadow 120ms ease, transform 120ms ease;
}
.badge:hover{box-shadow:0 2px 6px rgba(0,0,0,0.3);transform:translateY(-1px);}
.badge:focus{outline:none;}
.badge:focus-visible{
  outline:2px solid ${FOCUS_RING.outer};
  outline-offset:1px;
  box-shadow:0 0 0 5px ${FOCUS_RING.inner};
}
.badge[aria-expanded="true"]{box-shadow:0 0 0 2px var(--accent);}
.badge .label{display:inline-block;}
.badge .tag{
  display:inline-block;
  font-weight:500;
  font-style:italic;
  font-size:${m.tagFontSize}px;
}
.badge .mark{
  display:inline-flex;
  align-items:center;
  justify-content:center;
  flex:none;
  width:${m.markSize}px;
  height:${m.markSize}px;
  margin-left:-3px;
  border-radius:50%;
  background:${OVERSTATED_MARK.fill};
  color:${OVERSTATED_MARK.ink};
  font:800 10px/1 ${FONT_STACK};
}
/* Hedged: outlined, lighter weight, dashed border. */
.badge.st-hedged{background:${HEDGED_FILL};border-style:dashed;font-weight:500;}
/* Negated: neutral grey whatever the status; the text itself doubts the effect. */
.badge.st-negated{
  --fill:${NEGATED_COLOURS.fill};--ink:${NEGATED_COLOURS.ink};--accent:${NEGATED_COLOURS.accent};
  font-weight:500;
}
.badge.compact{
  height:${m.compact.height}px;
  min-width:${m.compact.height}px;
  justify-content:center;
  gap:${m.compact.gap}px;
  padding:0 ${m.compact.paddingX}px;
  border-radius:${m.compact.height / 2}px;
  font-size:${m.compact.fontSize}px;
  font-weight:700;
}
.badge.compact .mark{width:12px;height:12px;margin-left:-1px;font-size:9px;}
/* A citation of research: outlined and quiet, distinct from claim badges. */
.badge.cite{
  --fill:${CITE_COLOURS.fill};--ink:${CITE_COLOURS.ink};--accent:${CITE_COLOURS.accent};
  border-style:dotted;font-weight:500;box-shadow:none;
}
.badge.cite.flagged{--accent:${CITE_COLOURS.flagged};border-style:solid;}
/* No free place beside the text: invisible and not hit-testable until keyboard focus reaches it. */
.badge.latent:not(:focus-visible):not([aria-expanded="true"]){opacity:0;pointer-events:none;}
.badge.flash{animation:pw-pulse 650ms ease-in-out 3;}
@keyframes pw-pulse{
  0%,100%{box-shadow:0 0 0 0 ${withAlpha('#f59e0b', 0.9)};}
  50%{box-shadow:0 0 0 7px ${withAlpha('#f59e0b', 0)};}
}

/* ---------- cards ---------- */
.card{
  --bg:${CARD_COLOURS.light.bg};--text:${CARD_COLOURS.light.text};--muted:${CARD_COLOURS.light.muted};
  --border:${CARD_COLOURS.light.border};--link:${CARD_COLOURS.light.link};--subtle:${CARD_COLOURS.light.subtle};
  position:absolute;
  box-sizing:border-box;
  width:min(${CARD_WIDTH}px, calc(100vw - 16px));
  max-height:min(${CARD_MAX_HEIGHT}px, calc(100vh - 16px));
  overflow:auto;
  overscroll-behavior:contain;
  margin:0;
  padding:14px 16px 10px;
  border:1px solid var(--border);
  border-radius:10px;
  background:var(--bg);
  color:var(--text);
  box-shadow:0 12px 32px rgba(0,0,0,0.24), 0 2px 6px rgba(0,0,0,0.14);
  font:400 14px/1.45 ${FONT_STACK};
  text-align:left;
  white-space:normal;
  pointer-events:auto;
  color-scheme:light;
  cursor:auto;
  animation:pw-card-in 120ms ease-out;
}
.card.placing{visibility:hidden;animation:none;}
/* The dialog itself takes focus only so that Tab starts inside it; it is not a control, and a
   ring around the whole card would be noise. Its controls have visible focus rings. */
.card:focus,.card:focus-visible{outline:none;}
@keyframes pw-card-in{from{opacity:0;transform:translateY(2px);}to{opacity:1;transform:none;}}
@media (prefers-color-scheme: dark){
  .card{
    --bg:${CARD_COLOURS.dark.bg};--text:${CARD_COLOURS.dark.text};--muted:${CARD_COLOURS.dark.muted};
    --border:${CARD_COLOURS.dark.border};--link:${CARD_COLOURS.dark.link};--subtle:${CARD_COLOURS.dark.subtle};
    color-scheme:dark;
    box-shadow:0 12px 32px rgba(0,0,0,0.6), 0 2px 6px rgba(0,0,0,0.4);
  }
}
.card *{box-sizing:border-box;}
.card .head{display:flex;align-items:flex-start;gap:8px;margin:0 0 8px;}
.card .head-text{flex:1;min-width:0;}
.card .eyebrow{margin:0 0 2px;font-size:12px;font-weight:500;color:var(--muted);letter-spacing:0.02em;}
.card h2{margin:0;font-size:16px;line-height:1.3;font-weight:650;color:var(--text);}
.card h3{margin:12px 0 4px;font-size:13px;line-height:1.35;font-weight:650;color:var(--text);}
.card p{margin:0 0 6px;}
.card ul,.card ol{margin:0 0 6px;padding:0 0 0 18px;}
.card li{margin:0 0 3px;}
.card a{color:var(--link);text-decoration:underline;text-underline-offset:2px;}
.card a:focus-visible,.card button:focus-visible,.card summary:focus-visible{outline:2px solid var(--link);outline-offset:2px;border-radius:3px;}
.card .close{
  flex:none;
  display:inline-flex;align-items:center;justify-content:center;
  width:28px;height:28px;margin:-4px -6px 0 0;padding:0;
  border:0;border-radius:6px;background:transparent;color:var(--muted);
  font:400 20px/1 ${FONT_STACK};cursor:pointer;
}
.card .close:hover{background:var(--subtle);color:var(--text);}
.card .status{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 8px;margin:0 0 8px;}
.card .chip{
  display:inline-block;padding:1px 8px;border:1px solid var(--accent);border-radius:10px;
  background:var(--fill);color:var(--ink);font-size:12.5px;font-weight:650;white-space:nowrap;
}
.card .meaning{color:var(--muted);font-size:13px;}
.card .how{font-size:13px;}
.card .over{
  display:flex;gap:6px;align-items:flex-start;
  padding:6px 8px;margin:0 0 8px;border-radius:6px;
  background:var(--subtle);font-size:13px;
}
.card .over .mark{
  flex:none;display:inline-flex;align-items:center;justify-content:center;
  width:16px;height:16px;margin-top:1px;border-radius:50%;
  background:${OVERSTATED_MARK.fill};color:${OVERSTATED_MARK.ink};font-size:11px;font-weight:800;line-height:1;
}
.card blockquote{
  margin:0 0 8px;padding:2px 0 2px 10px;border-left:3px solid var(--border);
  color:var(--muted);font-size:13px;font-style:italic;overflow-wrap:anywhere;
}
.card .verdict{font-weight:600;}
.card .misquotes{margin:0 0 8px;padding:6px 8px;border-left:3px solid ${CITE_COLOURS.flagged};border-radius:4px;background:var(--subtle);font-size:13px;}
.card .misquotes p{margin:0;}
.card .misquotes p + p{margin-top:4px;}
.card .facts{margin:8px 0 0;font-size:13px;}
.card .facts dt{font-weight:650;margin-top:6px;}
.card .facts dd{margin:0;}
.card .refs-one{margin:0;padding-left:0;list-style:none;font-size:13px;}
.card .cites ul{padding-left:18px;margin:4px 0 0;}
.card .cites li{font-size:13px;margin:0 0 6px;}
.card .cites .misquotes{margin:4px 0 0;}
.card .muted{color:var(--muted);}
.card .small{font-size:12.5px;}
.card details{margin:10px 0 0;border-top:1px solid var(--border);padding-top:8px;}
.card summary{cursor:pointer;font-weight:650;font-size:13px;}
.card details[open] > summary{margin-bottom:6px;}
.card .kind{
  display:inline-block;margin-right:4px;padding:0 5px;border-radius:4px;
  background:var(--subtle);color:var(--muted);font-size:11.5px;font-weight:600;
}
.card .claim{margin:10px 0 0;padding-top:8px;border-top:1px solid var(--border);}
.card .claim h3{margin-top:0;}
.card .foot{margin:12px 0 0;padding-top:8px;border-top:1px solid var(--border);font-size:12px;color:var(--muted);}

@media (prefers-reduced-motion: reduce){
  .badge,.card{transition:none !important;animation:none !important;}
  .badge:hover{transform:none;}
  .badge.flash{outline:3px solid #b45309;outline-offset:2px;}
}
@media (forced-colors: active){
  .badge{border:1px solid CanvasText;}
  .badge .mark,.card .over .mark{forced-color-adjust:none;}
}
`;
