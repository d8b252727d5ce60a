import { css } from '../internal/css.js';

// The checkout's own rules, after theme.styles.ts (the custom properties, theme, surface, focus ring and spinner it
// shares with the return page). The selectors lean on what the shadow root holds (src/msp-checkout.ts): its only
// <input>s are the radios, its only <img>s the logos, its only [aria-invalid] the fieldset, its only .detail the
// error's, and every <p> has no margin but what is given here.
export const styles = css`
  p {
    margin: 0;
  }

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

  /* A row: a method (radio, logo, name), or the spinner and what is loading. */
  .gateway,
  .loading {
    display: flex;
    align-items: center;
    gap: var(--_gap);
  }

  /* The rows' surface is a custom property because the chosen row falls back to it. Written without spaces: the
     minifier leaves custom property values as they are. */
  /* prettier-ignore */
  .gateway {
    --_surface: var(--msp-checkout-surface,light-dark(#fff,#1e1e1e));
    min-height: 2.75rem;
    padding: 0.5rem var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  .gateway:has(:checked) {
    border-color: var(--msp-checkout-chosen-border, var(--_accent));
    box-shadow: var(--msp-checkout-chosen-shadow, inset 0 0 0 1px var(--_accent));
    background: var(--msp-checkout-chosen-surface, var(--_surface));
  }

  [aria-invalid='true'] .gateway {
    border-color: var(--_error);
  }

  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    /* Forced even in the chosen row, which opts out (below); no effect outside forced colours. */
    forced-color-adjust: auto;
  }

  /* Logos sit in a fixed box, so nothing moves while one loads or when it fails (the broken one is hidden, its box
     kept). They are drawn for white: a white chip keeps them legible on a dark surface. A row without a logo has an
     empty span.icon instead, a flex item, so a block with the same box. */
  .icon {
    flex: none;
    width: 40px;
    height: 24px;
  }

  img {
    padding: 2px;
    border-radius: 4px;
    background: #fff;
    box-shadow: 0 0 0 1px #0000001f;
    object-fit: contain;
  }

  .icon[hidden] {
    display: block;
    visibility: hidden;
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

  .empty,
  .loading {
    color: var(--_muted);
  }

  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    /* Right for the default accents; browsers with relative colours do better below. */
    color: var(--msp-checkout-accent-text, light-dark(#fff, #0a0a0a));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  [aria-disabled='true'] {
    cursor: progress;
  }

  .error.shown,
  .notice {
    margin-top: var(--_gap);
  }

  .notice {
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

  .detail {
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
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Black or white, whichever reads on the accent: a shop that sets only its brand colour gets readable text.
     OKLCH lightness 0.57 is where white and black text both reach 4.5:1. More and Retry keep the accent as their
     text (their class is more specific). */
  @supports (color: oklch(from red l c h)) {
    /* Written without spaces (the minifier leaves a relative colour's calculation as it is written). */
    /* prettier-ignore */
    button {
      color: var(--msp-checkout-accent-text,oklch(from var(--_accent) clamp(0,(.57 - l)*1000,1) 0 0));
    }
  }

  /* Forced colours drop colour as a cue: the chosen method is filled like a selected list item, focus is a ring
     around the radio or button itself, and an invalid choice is a thick dashed border. */
  @media (forced-colors: active) {
    /* No backplate on the chosen row: Chromium draws text in forced colours over a Canvas-coloured plate, which
       made HighlightText invisible on it. The row keeps system colours; the radio inside is forced as usual. */
    .gateway:has(:checked) {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .gateway:has(:checked) :focus-visible {
      outline-color: HighlightText;
    }
    [aria-invalid='true'] .gateway {
      border: 2px dashed CanvasText;
    }
    button {
      border: 1px solid ButtonText;
    }
    /* The arc in the text colour on an invisible track (Highlight on CanvasText was 1.9:1). */
    .spinner {
      border-color: CanvasText Canvas Canvas;
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
