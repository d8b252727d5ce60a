import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { textDirection, type LocaleRegistry } from './locale-registry.js';
import { browserLocale, toBcp47, toMspLocale } from './msp-locale.js';

/**
 * An element's texts: its language's from `registry` with the page's own `strings` on top, in the element's `locale`
 * or else the browser's. A shipped language loads on first use, so the first render may be in English for the few
 * milliseconds it takes; `lang` and `dir` follow the language the texts are in, which may differ from the page's
 * (WCAG 3.1.2): English while a language loads, or when it is not shipped. While in the page the element is one of the
 * registry's, so a language registered or arriving later shows at once, and one that came while it was away shows
 * when it is back.
 */
/** An element with texts: its `locale` and its own `strings`, as both elements have them. */
export interface TextsHost<T> extends ReactiveControllerHost {
  locale?: string | undefined;
  strings?: Partial<T> | undefined;
}

export class TextsController<T extends object> implements ReactiveController {
  /** Every text, as the last update worked them out: none before the first update. */
  texts!: T;
  /** The `lang` of the language the texts are in. */
  lang!: string;
  /** The `dir` of the language the texts are in. */
  dir!: 'ltr' | 'rtl';

  readonly #host: TextsHost<T>;
  readonly #registry: LocaleRegistry<T>;
  /** The locale whose language was last asked for. */
  #loading?: string;

  constructor(host: TextsHost<T>, registry: LocaleRegistry<T>) {
    this.#host = host;
    this.#registry = registry;
    host.addController(this);
  }

  /** The locale in MultiSafepay's form (`nl_NL`): the element's `locale`, else the browser's. */
  get locale(): string {
    return toMspLocale(this.#host.locale) ?? browserLocale();
  }

  hostConnected(): void {
    this.#registry.elements.add(this.#host);
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#registry.elements.delete(this.#host);
  }

  /** A few small merges, cheap enough to redo on every update and so never stale. */
  hostUpdate(): void {
    const { locale } = this;
    const registry = this.#registry;
    if (locale !== this.#loading) {
      this.#loading = locale;
      registry.load(locale);
    }
    const speaks = registry.has(locale);
    this.texts = registry.get(locale, this.#host.strings);
    this.lang = speaks ? toBcp47(locale) : 'en';
    this.dir = speaks ? textDirection(locale) : 'ltr';
  }
}
