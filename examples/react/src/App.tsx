import 'msp-checkout'; // registers <msp-checkout>; its JSX types come from "msp-checkout/react" (tsconfig types)
import type { GatewaysInput, MspCheckout, MspErrorEvent, MspRedirectEvent, MspSelectEvent } from 'msp-checkout';
import { useEffect, useRef, useState } from 'react';

// How often React ran the listener effect, shown on <body> for the tests: twice under StrictMode in development.
let effectRuns = 0;

// Objects, not a string: React 19 sets them as the element's `gateways` property.
const gateways: GatewaysInput = [{ id: 'IDEAL', name: 'iDEAL' }, { id: 'TRUSTLY' }, 'ALIPAY'];

export function App({ paymentOrigins }: { paymentOrigins: string }) {
  const [chosen, setChosen] = useState('nothing yet');
  const [problem, setProblem] = useState('');
  const [leaving, setLeaving] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const checkout = useRef<MspCheckout>(null);
  const log = (line: string) => setEvents((lines) => [...lines, line]);

  // React 19 adds `onmsp-select` and `onmsp-error` as listeners for msp-select and msp-error.
  const onSelect = (event: MspSelectEvent) => {
    setChosen(event.detail.name);
    setProblem('');
    log(`msp-select ${event.detail.gateway}`);
  };
  const onError = (event: MspErrorEvent) => {
    setProblem(`Error: ${event.detail.code}`);
    log(`msp-error ${event.detail.code}`);
  };

  // A listener added by hand, as older code does: StrictMode runs this effect twice, the cleanup keeps one.
  useEffect(() => {
    document.body.dataset['effectRuns'] = String((effectRuns += 1));
    const element = checkout.current!;
    const onRedirect = (event: MspRedirectEvent) => {
      event.preventDefault(); // the app navigates itself, after showing where it goes
      setLeaving(`Going to the payment page for order ${event.detail.orderId}`);
      log('msp-redirect');
      setTimeout(() => window.location.assign(event.detail.paymentUrl), 300);
    };
    element.addEventListener('msp-redirect', onRedirect);
    return () => element.removeEventListener('msp-redirect', onRedirect);
  }, []);

  return (
    <main>
      <h1>React checkout</h1>
      <msp-checkout
        ref={checkout}
        endpoint="/api/orders"
        gateways-endpoint="/api/gateways"
        gateways={gateways}
        amount={2500}
        currency="EUR"
        country="NL"
        locale="en_US"
        order-id="react-1"
        description="React example order"
        payment-origins={paymentOrigins}
        onmsp-select={onSelect}
        onmsp-error={onError}
      ></msp-checkout>
      <p id="chosen">Chosen: {chosen}</p>
      <p id="problem">{problem}</p>
      <p id="leaving">{leaving}</p>
      <ol id="events">
        {events.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
