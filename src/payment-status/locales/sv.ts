import type { StatusStrings } from '../strings.js';

/** Swedish (Svenska). */
const sv: StatusStrings = {
  checking: 'Vi kontrollerar din betalning…',
  completed: 'Tack! Din betalning har tagits emot.',
  pending: 'Din betalning behandlas. Sidan uppdateras av sig själv.',
  pendingLimit:
    'Din betalning behandlas fortfarande. Butiken bekräftar din beställning via e-post så snart betalningen är klar.',
  cancelled: 'Betalningen avbröts. Inget har dragits.',
  declined: 'Betalningen nekades. Inget har dragits.',
  expired: 'Betalningen slutfördes inte i tid och har gått ut. Inget har dragits.',
  void: 'Betalningen har makulerats. Inget har dragits.',
  refunded: 'Den här betalningen har återbetalats.',
  chargeback: 'Din bank har återfört den här betalningen (chargeback). Kontakta butiken.',
  unknownOrder: 'Vi hittade inte den här beställningen. Kontakta butiken.',
  offline: 'Du är offline. Betalningen kontrolleras igen så snart du är online.',
  unavailable: 'Statusen för din betalning kunde inte kontrolleras.',
  errorNetwork: 'Vi kunde inte nå butiken. Kontrollera din internetanslutning och försök igen.',
  errorTimeout: 'Butiken tog för lång tid på sig att svara. Försök igen.',
  errorHttp: 'Butiken kunde inte kontrollera din betalning (fel {status}). Försök igen.',
  errorUnexpectedResponse: 'Butiken skickade ett oväntat svar. Försök igen.',
  errorConfig: 'Den här sidan är inte korrekt inställd.',
  retry: 'Försök igen',
};

export default sv;
