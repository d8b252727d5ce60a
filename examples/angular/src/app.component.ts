import { Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, signal } from '@angular/core';
import type { GatewaysInput, MspErrorEvent, MspRedirectEvent, MspSelectEvent } from 'msp-checkout';

export const PAYMENT_ORIGINS = new InjectionToken<string>('payment origins');

@Component({
  selector: 'checkout-app',
  // <msp-checkout> is a custom element, not an Angular component: the schema lets the template use it.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular checkout</h1>
      <msp-checkout
        endpoint="/api/orders"
        gateways-endpoint="/api/gateways"
        [gateways]="gateways"
        [amount]="2500"
        currency="EUR"
        country="NL"
        locale="en_US"
        order-id="angular-1"
        description="Angular example order"
        [attr.payment-origins]="paymentOrigins"
        (msp-select)="onSelect($event)"
        (msp-error)="onError($event)"
        (msp-redirect)="onRedirect($event)"
      ></msp-checkout>
      <p id="chosen">Chosen: {{ chosen() }}</p>
      <p id="problem">{{ problem() }}</p>
      <p id="leaving">{{ leaving() }}</p>
      <ol id="events">
        @for (line of events(); track $index) {
          <li>{{ line }}</li>
        }
      </ol>
    </main>
  `,
})
export class AppComponent {
  // Objects, not a string: [gateways] sets the element's `gateways` property.
  protected readonly gateways: GatewaysInput = [{ id: 'IDEAL', name: 'iDEAL' }, { id: 'TRUSTLY' }, 'ALIPAY'];
  protected readonly paymentOrigins = inject(PAYMENT_ORIGINS);
  protected readonly chosen = signal('nothing yet');
  protected readonly problem = signal('');
  protected readonly leaving = signal('');
  protected readonly events = signal<string[]>([]);

  // Angular types custom-element outputs as plain Event: the element's event classes say what they carry.
  protected onSelect(event: Event) {
    const { detail } = event as MspSelectEvent;
    this.chosen.set(detail.name);
    this.problem.set('');
    this.log(`msp-select ${detail.gateway}`);
  }

  protected onError(event: Event) {
    const { detail } = event as MspErrorEvent;
    this.problem.set(`Error: ${detail.code}`);
    this.log(`msp-error ${detail.code}`);
  }

  protected onRedirect(event: Event) {
    const redirect = event as MspRedirectEvent;
    redirect.preventDefault(); // the app navigates itself, after showing where it goes
    this.leaving.set(`Going to the payment page for order ${redirect.detail.orderId}`);
    this.log('msp-redirect');
    setTimeout(() => window.location.assign(redirect.detail.paymentUrl), 300);
  }

  private log(line: string) {
    this.events.update((lines) => [...lines, line]);
  }
}
