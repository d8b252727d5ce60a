// Three themed shops on one page. The element comes from the package (here: the project's source, through Vite's
// alias), and each shop trusts the demo backend's payment page (the offline fake MultiSafepay, or MultiSafepay).
import 'msp-checkout';
import type { MspCheckout } from 'msp-checkout';

const config = (await (await fetch('/api/config')).json()) as { paymentOrigins: string };

for (const checkout of document.querySelectorAll<MspCheckout>('msp-checkout.themed-checkout')) {
  checkout.paymentOrigins = config.paymentOrigins;
  checkout.orderId = `${checkout.id.replace('-checkout', '')}-${Date.now().toString(36)}`;
}
