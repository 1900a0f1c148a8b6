/**
 * An on/off switch: a real checkbox with role="switch" (so assistive technology says "switch,
 * on"), named by its visible label and described by its hint. The whole row is clickable; the
 * track is drawn in CSS from the checkbox's state. Shared by the popup and the options page.
 */
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  /** DOM id of the checkbox; the label and hint ids derive from it. */
  id: string;
  label: string;
  /** A short line under the label (what the switch covers, or why it is unavailable). */
  hint?: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Switch({ id, label, hint, checked, disabled = false, onChange }: SwitchProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <label class={`switch-row${disabled ? ' is-disabled' : ''}`} for={id}>
      <span class="switch-text">
        <span class="switch-label" id={`${id}-label`}>
          {label}
        </span>
        {hint ? (
          <span class="switch-hint" id={hintId}>
            {hint}
          </span>
        ) : null}
      </span>
      <span class="switch-control">
        <input
          id={id}
          type="checkbox"
          role="switch"
          class="switch-input"
          checked={checked}
          disabled={disabled}
          aria-labelledby={`${id}-label`}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
      </span>
    </label>
  );
}
