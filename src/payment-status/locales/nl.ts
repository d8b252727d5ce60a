import type { StatusStrings } from '../strings.js';

/** Dutch (Nederlands). */
const nl: StatusStrings = {
  checking: 'We controleren je betaling…',
  completed: 'Bedankt! Je betaling is ontvangen.',
  pending: 'Je betaling wordt verwerkt. Deze pagina werkt zichzelf bij.',
  pendingLimit:
    'Je betaling wordt nog verwerkt. De winkel bevestigt je bestelling per e-mail zodra de betaling rond is.',
  cancelled: 'De betaling is geannuleerd. Er is niets afgeschreven.',
  declined: 'De betaling is geweigerd. Er is niets afgeschreven.',
  expired: 'De betaling is niet op tijd afgerond en is verlopen. Er is niets afgeschreven.',
  void: 'De betaling is ongedaan gemaakt. Er is niets afgeschreven.',
  refunded: 'Deze betaling is terugbetaald.',
  chargeback: 'Deze betaling is door je bank teruggeboekt (chargeback). Neem contact op met de winkel.',
  unknownOrder: 'We kunnen deze bestelling niet vinden. Neem contact op met de winkel.',
  offline: 'Je bent offline. We controleren de betaling opnieuw zodra je weer online bent.',
  unavailable: 'De status van je betaling kon niet worden gecontroleerd.',
  errorNetwork: 'We konden de winkel niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
  errorTimeout: 'De winkel reageerde niet op tijd. Probeer het opnieuw.',
  errorHttp: 'De winkel kon je betaling niet controleren (fout {status}). Probeer het opnieuw.',
  errorUnexpectedResponse: 'De winkel gaf een onverwacht antwoord. Probeer het opnieuw.',
  errorConfig: 'Deze pagina is niet goed ingesteld.',
  retry: 'Opnieuw proberen',
};

export default nl;
