import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The shop's backend tells the page which payment origins it may be sent to (the fake's, in the tests).
const config = (await (await fetch('/api/config')).json()) as { paymentOrigins: string };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App paymentOrigins={config.paymentOrigins} />
  </StrictMode>,
);
