import { css } from '../internal/css.js';

// The return page's own rules, after theme.styles.ts (the custom properties, theme, surface, focus ring and spinner it
// shares with the checkout).
export const styles = css`
  .base {
    display: grid;
    gap: var(--_gap);
    justify-items: start;
  }

  .line {
    display: flex;
    align-items: center;
    gap: var(--_gap);
  }

  .sentence {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.35;
  }

  /* Unset, the property makes the colour invalid, and an invalid colour is inherited: the text colour. */
  .completed .sentence {
    color: var(--msp-checkout-success);
  }

  .error {
    color: var(--_error);
    font-weight: 500;
  }

  .error:empty {
    display: none;
  }

  .error p {
    margin: 0;
  }

  .detail {
    margin-top: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }

  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
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

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
    /* The arc in the text colour on an invisible track: Highlight on a CanvasText track was 1.9:1, the turning
       arc all but invisible. */
    .spinner {
      border-color: CanvasText Canvas Canvas;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
