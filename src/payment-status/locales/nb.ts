import type { StatusStrings } from '../strings.js';

/** Norwegian Bokmål (Norsk bokmål). */
const nb: StatusStrings = {
  checking: 'Vi sjekker betalingen din…',
  completed: 'Takk! Betalingen din er mottatt.',
  pending: 'Betalingen din behandles. Siden oppdaterer seg selv.',
  pendingLimit:
    'Betalingen din behandles fortsatt. Butikken bekrefter bestillingen din på e-post så snart betalingen er fullført.',
  cancelled: 'Betalingen ble avbrutt. Ingenting er trukket.',
  declined: 'Betalingen ble avvist. Ingenting er trukket.',
  expired: 'Betalingen ble ikke fullført i tide og er utløpt. Ingenting er trukket.',
  void: 'Betalingen ble annullert. Ingenting er trukket.',
  refunded: 'Denne betalingen er refundert.',
  chargeback: 'Denne betalingen er tilbakeført av banken din (chargeback). Kontakt butikken.',
  unknownOrder: 'Vi fant ikke denne bestillingen. Kontakt butikken.',
  offline: 'Du er frakoblet. Betalingen sjekkes igjen så snart du er på nett.',
  unavailable: 'Vi kunne ikke sjekke statusen for betalingen din.',
  errorNetwork: 'Vi fikk ikke kontakt med butikken. Sjekk internettforbindelsen din og prøv igjen.',
  errorTimeout: 'Butikken brukte for lang tid på å svare. Prøv igjen.',
  errorHttp: 'Butikken kunne ikke sjekke betalingen din (feil {status}). Prøv igjen.',
  errorUnexpectedResponse: 'Butikken sendte et uventet svar. Prøv igjen.',
  errorConfig: 'Denne siden er ikke riktig satt opp.',
  retry: 'Prøv igjen',
};

export default nb;
