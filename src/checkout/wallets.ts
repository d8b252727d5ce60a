/** Safari's Apple Pay API, where the browser has it. */
interface ApplePaySessionApi {
  canMakePayments(): boolean;
}

/**
 * Whether this browser can pay with the gateway: Apple Pay only where `ApplePaySession.canMakePayments()` says so,
 * as MultiSafepay tells merchants to check before they offer it (MultiSafepay/docs
 * content/payment-methods/apple-pay.md:127-146); every other method, Google Pay included, on MultiSafepay's page.
 */
export function payableHere(id: string): boolean {
  if (id !== 'APPLEPAY') return true;
  const session = (globalThis as { ApplePaySession?: ApplePaySessionApi }).ApplePaySession;
  try {
    // It throws outside a secure context, where Apple Pay cannot pay either.
    return session?.canMakePayments() === true;
  } catch {
    return false;
  }
}
