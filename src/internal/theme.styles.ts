import { css } from './css.js';

/**
 * What both elements draw alike, so that one theme styles the checkout and the return page: the custom properties and
 * their defaults, the colour scheme a `theme` chooses and the surface it draws, `hidden`, the box model, the focus
 * ring, the spinner. Each element adds its own sheet after it (a return page does not download the checkout's, nor
 * the reverse); what only the checkout uses (the Pay button's text, the rows' surface) is in its sheet.
 */
export const theme = css`
  /* Colours follow the page's color-scheme (light-dark()), not the OS: a light page in dark mode stays light.
     The theme attribute overrides it.
     The minifier leaves custom property values (and declarations with var()) as they are written: written without
     spaces here, hence prettier-ignore. */
  /* prettier-ignore */
  :host {
    --_accent: var(--msp-checkout-accent,light-dark(#0b5cad,#7cb8ff));
    --_muted: var(--msp-checkout-muted,light-dark(#555,#c4c4c4));
    --_border: var(--msp-checkout-border,light-dark(#767676,#9a9a9a));
    --_error: var(--msp-checkout-error,light-dark(#b00020,#ff8a80));
    --_radius: var(--msp-checkout-radius,8px);
    --_gap: var(--msp-checkout-spacing,.75rem);

    display: block;
    max-width: 32rem;
    /* A word wider than a narrow screen (a German method name at 200% text, a token in a backend message) breaks
       instead of making the page scroll sideways (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    color: var(--msp-checkout-text, light-dark(#1a1a1a, #f2f2f2));
    font: var(--msp-checkout-font,1rem/1.5 system-ui,sans-serif);
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
    background: var(--msp-checkout-background, light-dark(#fff, #121212));
  }

  :host([hidden]) {
    display: none;
  }

  /* Neither sheet generates content (no ::before or ::after): the elements are what needs the box model. */
  * {
    box-sizing: border-box;
  }

  /* The focus ring of every control, and of the return page's sentence when it is given focus (WCAG 2.4.7, 2.4.11,
     2.4.13). In forced colours each element draws it in a system colour (its own sheet). */
  :focus-visible {
    outline: 3px solid var(--msp-checkout-focus-ring, light-dark(#0b5cad, #7cb8ff));
    outline-offset: 2px;
  }

  /* The busy indicator, beside what is loading or being asked: a fixed ring that a long line beside it at 320 px
     does not squeeze (flex: none). It stands still with reduced motion; in forced colours each element draws it in
     system colours (its own sheet). */
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
`;
