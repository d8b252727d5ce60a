/**
 * A value derived from inputs, recomputed only when one of them is no longer the same (`Object.is`) as when it was
 * last computed. The inputs are declared once, beside the computation, instead of a list of "which properties
 * changed" kept by hand in `willUpdate`; reading `value` is cheap when nothing changed.
 */
export class Memo<T> {
  readonly #inputs: () => readonly unknown[];
  readonly #compute: () => T;
  #last?: readonly unknown[];
  #value?: T;

  constructor(inputs: () => readonly unknown[], compute: () => T) {
    this.#inputs = inputs;
    this.#compute = compute;
  }

  get value(): T {
    const inputs = this.#inputs();
    const last = this.#last;
    if (!last || inputs.some((input, i) => !Object.is(input, last[i]))) {
      this.#last = inputs;
      this.#value = this.#compute();
    }
    return this.#value as T;
  }
}
