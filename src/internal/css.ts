import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The elements' style sheets, which are static text: Lit's `css` is for sheets with interpolated values, which it
 * checks (and it carries its messages for them: 150 B gzip of the script-tag file). This tag takes no value
 * (TypeScript refuses one) and makes the same `CSSResult`; the builds minify its sheets as they minify Lit's.
 */
export function css(strings: TemplateStringsArray, ..._none: never[]): CSSResult {
  return unsafeCSS(strings[0]);
}
