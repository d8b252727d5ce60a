// Puts each element into its state: the error and busy ones submit once (their endpoints fail or never answer).
import 'msp-checkout';
import type { MspCheckout } from 'msp-checkout';

for (const id of ['error-light', 'error-dark', 'busy-light', 'busy-dark']) {
  const checkout = document.querySelector<MspCheckout>(`#${id}`)!;
  await checkout.updateComplete;
  void checkout.submit();
}
