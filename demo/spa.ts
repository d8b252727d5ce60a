// A single-page app's use: import the package, create the element in code, set rich properties, listen to the
// events, and take over navigation from msp-redirect (an app might save state or route first).
import 'msp-checkout';

const config = (await (await fetch('/api/config')).json()) as { mode: string; paymentOrigins: string };

const checkout = document.createElement('msp-checkout');
checkout.endpoint = '/api/orders';
checkout.gateways = [{ id: 'IDEAL' }, { id: 'ALIPAY', name: 'Alipay (支付宝)' }, 'MISTERCASH'];
checkout.amount = 4995;
checkout.currency = 'EUR';
checkout.orderId = `app-${Date.now().toString(36)}`;
checkout.description = 'Trailhead Outfitters app order';
checkout.paymentOrigins = config.paymentOrigins;
checkout.orderFields = { var1: 'spa-demo' };
document.getElementById('app')!.append(checkout);

const log = document.getElementById('events')!;
for (const type of ['msp-select', 'msp-submit', 'msp-redirect', 'msp-error'] as const) {
  checkout.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const detail =
      event.detail instanceof Error ? { code: event.detail.code, message: event.detail.message } : event.detail;
    item.textContent = `${type} ${JSON.stringify(detail)}`;
    log.prepend(item);
  });
}

checkout.addEventListener('msp-redirect', (event) => {
  event.preventDefault();
  const status = document.getElementById('navigation')!;
  status.textContent = `The app handles navigation: going to the payment page for order ${event.detail.orderId}…`;
  setTimeout(() => window.location.assign(event.detail.paymentUrl), 800);
});
