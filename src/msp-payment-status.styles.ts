import { css } from 'lit';

// The checkout's custom properties, so that one theme styles both the checkout and the return page. The two
// elements keep their own style sheets: a return page should not download the checkout's CSS, nor the reverse.
export const styles = css`
  :host {
    --_accent: var(--msp-checkout-accent, light-dark(#0b5cad, #7cb8ff));
    --_accent-text: var(--msp-checkout-accent-text, light-dark(#ffffff, #0a0a0a));
    --_text: var(--msp-checkout-text, light-dark(#1a1a1a, #f2f2f2));
    --_muted: var(--msp-checkout-muted, light-dark(#555555, #c4c4c4));
    --_border: var(--msp-checkout-border, light-dark(#767676, #9a9a9a));
    --_error: var(--msp-checkout-error, light-dark(#b00020, #ff8a80));
    --_radius: var(--msp-checkout-radius, 8px);
    --_gap: var(--msp-checkout-spacing, 0.75rem);
    --_focus: var(--msp-checkout-focus-ring, light-dark(#0b5cad, #7cb8ff));

    display: block;
    max-width: 32rem;
    color: var(--_text);
    font: var(--msp-checkout-font, 1rem/1.5 system-ui, sans-serif);
  }

  @supports (color: oklch(from red l c h)) {
    :host {
      --_accent-text: var(--msp-checkout-accent-text, oklch(from var(--_accent) clamp(0, (0.57 - l) * 1000, 1) 0 0));
    }
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  /* A chosen theme draws its own surface, as the checkout's: light text never lands on a light page, nor dark text
     on a dark one (WCAG 1.4.3, 1.4.11). */
  :host([theme]) {
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--msp-checkout-background, light-dark(#ffffff, #121212));
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

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

  .completed .sentence {
    color: var(--msp-checkout-success, var(--_text));
  }

  .sentence:focus {
    outline: none;
  }

  .sentence:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .spinner {
    flex: none;
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

  .error .detail {
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

  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
    /* The arc in the text colour on an invisible track: Highlight on a CanvasText track was 1.9:1, the turning
       arc all but invisible. */
    .spinner {
      border-color: Canvas;
      border-top-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
