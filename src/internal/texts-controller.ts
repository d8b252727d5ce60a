import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { textDirection, type LocaleRegistry } from './locale-registry.js';
import { Memo } from './memo.js';
import { browserLocale, toBcp47, toMspLocale } from './msp-locale.js';

/** What an element shows its texts in: the texts, and the `lang` and `dir` of the language they are in. */
export interface ShownTexts<T> {
  texts: T;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * An element's texts: its language's from `registry` with the page's own `strings` on top, in the element's `locale`
 * or else the browser's. A shipped language loads on first use, so the first render may be in English for the few
 * milliseconds it takes; `lang` and `dir` follow the language the texts are in, which may differ from the page's
 * (WCAG 3.1.2): English while a language loads, or when it is not shipped. While in the page the element is one of the
 * registry's, so a language registered or arriving later shows at once, and one that came while it was away shows
 * when it is back.
 */
export class TextsController<T extends object> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #registry: LocaleRegistry<T>;
  readonly #locale: () => unknown;
  readonly #strings: () => Partial<T> | undefined;
  /** The locale whose language was last asked for. */
  #loading?: string;
  readonly #shown = new Memo(
    () => [this.locale, this.#strings(), this.#registry.version()],
    (): ShownTexts<T> => {
      const { locale } = this;
      const speaks = this.#registry.has(locale);
      return {
        texts: this.#registry.get(locale, this.#strings()),
        lang: speaks ? toBcp47(locale) : 'en',
        dir: speaks ? textDirection(locale) : 'ltr',
      };
    },
  );

  constructor(
    host: ReactiveControllerHost,
    registry: LocaleRegistry<T>,
    locale: () => unknown,
    strings: () => Partial<T> | undefined,
  ) {
    this.#host = host;
    this.#registry = registry;
    this.#locale = locale;
    this.#strings = strings;
    host.addController(this);
  }

  /** The locale in MultiSafepay's form (`nl_NL`): the element's `locale`, else the browser's. */
  get locale(): string {
    return toMspLocale(this.#locale()) ?? browserLocale();
  }

  /** Every text, with the `lang` and `dir` to mark them with; recomputed only when the locale, the page's `strings` or the registry changed. */
  get shown(): ShownTexts<T> {
    return this.#shown.value;
  }

  get texts(): T {
    return this.#shown.value.texts;
  }

  hostConnected(): void {
    this.#registry.elements.add(this.#host);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#registry.elements.delete(this.#host);
  }

  hostUpdate(): void {
    const { locale } = this;
    if (locale === this.#loading) return;
    this.#loading = locale;
    void this.#registry.load(locale);
  }
}
