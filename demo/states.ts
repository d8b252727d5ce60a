// Puts each element into its state: the error, no-choice and busy ones submit once (their endpoints fail or never
// answer, or nothing is chosen).
import 'msp-checkout';
import type { MspCheckout } from 'msp-checkout';

for (const id of ['error-light', 'error-dark', 'unchosen-light', 'unchosen-dark', 'busy-light', 'busy-dark']) {
  const checkout = document.querySelector<MspCheckout>(`#${id}`)!;
  await checkout.updateComplete;
  void checkout.submit();
}
