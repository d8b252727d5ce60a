import { css } from 'lit';

/**
 * What both elements draw alike, so that one theme styles the checkout and the return page: the custom properties and
 * their defaults, the colour scheme a `theme` chooses and the surface it draws, `hidden`, the box model. Each element
 * adds its own sheet after it (a return page does not download the checkout's, nor the reverse).
 */
export const theme = css`
  /* Colours follow the page's color-scheme (light-dark()), not the OS: a light page in dark mode stays light.
     The theme attribute overrides it. */
  :host {
    --_accent: var(--msp-checkout-accent, light-dark(#0b5cad, #7cb8ff));
    /* Right for the default accents; browsers with relative colours do better below. */
    --_accent-text: var(--msp-checkout-accent-text, light-dark(#ffffff, #0a0a0a));
    --_text: var(--msp-checkout-text, light-dark(#1a1a1a, #f2f2f2));
    --_muted: var(--msp-checkout-muted, light-dark(#555555, #c4c4c4));
    --_surface: var(--msp-checkout-surface, light-dark(#ffffff, #1e1e1e));
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

  /* Black or white, whichever reads on the accent: a shop that sets only its brand colour gets readable text.
     OKLCH lightness 0.57 is where white and black text both reach 4.5:1. */
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

  /* A chosen theme draws its own surface: light text never lands on a light page, nor dark text on a dark one
     (WCAG 1.4.3, 1.4.11). */
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
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
`;
