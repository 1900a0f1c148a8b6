/**
 * The badge style choice: three radio buttons (one group, arrow keys move between them), each with
 * a sentence and a small preview drawn in the page's own colours.
 */
import type { BadgeStyle } from '../shared/types';
import { BADGE_TEXT, COMPACT_GLYPH } from '../ui/labels';
import { STATUS_COLOURS, withAlpha } from '../ui/palette';
import { colourVars } from '../ui/StatusBadge';
import { BADGE_STYLE_CHOICES } from './options-model';

export function BadgeStylePicker({ value, onChange }: { value: BadgeStyle; onChange: (style: BadgeStyle) => void }) {
  return (
    <fieldset class="style-picker">
      <legend class="card-title">Badge style</legend>
      <p class="card-intro">How claims are marked on pages.</p>
      <div class="style-options">
        {BADGE_STYLE_CHOICES.map((choice) => {
          const id = `style-${choice.value}`;
          return (
            <label class={`style-option${value === choice.value ? ' is-selected' : ''}`} for={id} key={choice.value}>
              <span class="style-head">
                <input
                  id={id}
                  type="radio"
                  name="badge-style"
                  value={choice.value}
                  checked={value === choice.value}
                  aria-labelledby={`${id}-label`}
                  aria-describedby={`${id}-desc`}
                  onChange={() => onChange(choice.value)}
                />
                <span class="style-label" id={`${id}-label`}>
                  {choice.label}
                </span>
              </span>
              <span class="style-desc" id={`${id}-desc`}>
                {choice.description}
              </span>
              <StylePreview style={choice.value} />
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A made-up sentence marked the way `style` marks claims. Decoration: the description says it in words. */
function StylePreview({ style }: { style: BadgeStyle }) {
  const colours = STATUS_COLOURS.mixed;
  return (
    <span class="style-preview" aria-hidden="true">
      {'The mat '}
      <span
        class="preview-claim"
        style={{ background: withAlpha(colours.accent, 0.16), textDecorationColor: colours.accent }}
      >
        eases back pain
      </span>
      {style === 'highlights-only' ? null : (
        <span class={`preview-badge${style === 'compact' ? ' compact' : ''}`} style={colourVars(colours)}>
          {style === 'compact' ? COMPACT_GLYPH.mixed : BADGE_TEXT.mixed}
        </span>
      )}
      {' after a week.'}
    </span>
  );
}
