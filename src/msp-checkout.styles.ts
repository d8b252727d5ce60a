import { css } from 'lit';

// The checkout's own rules, after theme.styles.ts (the custom properties, theme and surface it shares with the return
// page).
export const styles = css`
  form {
    display: grid;
    gap: var(--_gap);
  }

  fieldset {
    display: grid;
    gap: calc(var(--_gap) / 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: calc(var(--_gap) / 2);
    font-weight: 600;
  }

  .gateway {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    min-height: 2.75rem;
    padding: 0.5rem var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  .gateway:has(input:checked) {
    border-color: var(--msp-checkout-chosen-border, var(--_accent));
    box-shadow: var(--msp-checkout-chosen-shadow, inset 0 0 0 1px var(--_accent));
    background: var(--msp-checkout-chosen-surface, var(--_surface));
  }

  fieldset[aria-invalid='true'] .gateway {
    border-color: var(--_error);
  }

  .gateway input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* Logos sit in a fixed box, so nothing moves while one loads or when it fails (the broken one is hidden, its box
     kept). They are drawn for white: a white chip keeps them legible on a dark surface. */
  .icon {
    flex: none;
    width: 40px;
    height: 24px;
  }

  img.icon {
    padding: 2px;
    border-radius: 4px;
    background: #fff;
    box-shadow: 0 0 0 1px #0000001f;
    object-fit: contain;
  }

  span.icon,
  .icon[hidden] {
    display: block;
    visibility: hidden;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    margin: 0;
    color: var(--_muted);
  }

  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    border: 3px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  .list-error p {
    margin: 0 0 0.5rem;
    color: var(--_error);
  }

  .more,
  .retry {
    background: transparent;
    color: var(--_accent);
    border: 1px solid var(--_accent);
  }

  .empty {
    margin: 0;
    color: var(--_muted);
  }

  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  [aria-disabled='true'] {
    cursor: progress;
  }

  .notice {
    margin: var(--_gap) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  ::slotted([slot='heading']) {
    margin-block: 0 var(--_gap);
  }

  .error {
    color: var(--_error);
    font-weight: 500;
  }

  .error.shown {
    margin-top: var(--_gap);
  }

  .error p {
    margin: 0;
  }

  .error .detail {
    margin-top: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Forced colours drop colour as a cue: the chosen method is filled like a selected list item, focus is a ring
     around the radio or button itself, and an invalid choice is a thick dashed border. */
  @media (forced-colors: active) {
    /* No backplate on the chosen row: Chromium draws text in forced colours over a Canvas-coloured plate, which
       made HighlightText invisible on it. The row keeps system colours; the radio inside is forced as usual. */
    .gateway:has(input:checked) {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .gateway:has(input:checked) input {
      forced-color-adjust: auto;
    }
    .gateway:has(input:checked) :focus-visible {
      outline-color: HighlightText;
    }
    fieldset[aria-invalid='true'] .gateway {
      border: 2px dashed CanvasText;
    }
    button {
      border: 1px solid ButtonText;
    }
    .gateway input {
      forced-color-adjust: auto;
    }
    /* The arc in the text colour on an invisible track (Highlight on CanvasText was 1.9:1). */
    .spinner {
      border-color: Canvas;
      border-top-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    /* A logo keeps its own colours, which may vanish on the shopper's background: the name says it all. */
    .gateway .icon {
      display: none;
    }
  }
`;
