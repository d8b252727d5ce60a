// A single-page app's use: import the package, create the element in code, set rich properties, listen to the
// events, and take over navigation from msp-redirect (an app might save state or route first).
import 'msp-checkout';
import { logEvents } from './event-log.js';

const config = (await (await fetch('/api/config')).json()) as { mode: string; paymentOrigins: string };

const checkout = document.createElement('msp-checkout');
checkout.endpoint = '/api/orders';
checkout.gateways = [{ id: 'IDEAL' }, { id: 'ALIPAY', name: 'Alipay (支付宝)' }, 'MISTERCASH'];
checkout.icons = '/demo/payment-logos/'; // the shop's own copies of the logos, MultiSafepay's file names
checkout.amount = 4995;
checkout.currency = 'EUR';
checkout.orderId = `app-${Date.now().toString(36)}`;
checkout.description = 'Trailhead Outfitters app order';
checkout.paymentOrigins = config.paymentOrigins;
checkout.orderFields = { var1: 'spa-demo' };
document.getElementById('app')!.append(checkout);

logEvents(checkout, document.getElementById('events')!);

checkout.addEventListener('msp-redirect', (event) => {
  event.preventDefault();
  const status = document.getElementById('navigation')!;
  status.textContent = `The app handles navigation: going to the payment page for order ${event.detail.orderId}…`;
  setTimeout(() => window.location.assign(event.detail.paymentUrl), 800);
});
