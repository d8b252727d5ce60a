import type { StatusStrings } from '../strings.js';

/** Danish (Dansk). */
const da: StatusStrings = {
  checking: 'Vi tjekker din betaling…',
  completed: 'Tak! Din betaling er modtaget.',
  pending: 'Din betaling behandles. Siden opdaterer sig selv.',
  pendingLimit:
    'Din betaling behandles stadig. Butikken bekræfter din ordre pr. e-mail, så snart betalingen er gennemført.',
  cancelled: 'Betalingen blev annulleret. Der er ikke trukket noget.',
  declined: 'Betalingen blev afvist. Der er ikke trukket noget.',
  expired: 'Betalingen blev ikke gennemført i tide og er udløbet. Der er ikke trukket noget.',
  void: 'Betalingen blev ophævet. Der er ikke trukket noget.',
  refunded: 'Denne betaling er blevet refunderet.',
  chargeback: 'Denne betaling er blevet tilbageført af din bank (chargeback). Kontakt venligst butikken.',
  unknownOrder: 'Vi kunne ikke finde denne ordre. Kontakt venligst butikken.',
  offline: 'Du er offline. Betalingen tjekkes igen, så snart du er online.',
  unavailable: 'Status for din betaling kunne ikke tjekkes.',
  errorNetwork: 'Vi kunne ikke få forbindelse til butikken. Tjek din internetforbindelse, og prøv igen.',
  errorTimeout: 'Butikken var for længe om at svare. Prøv igen.',
  errorHttp: 'Butikken kunne ikke tjekke din betaling (fejl {status}). Prøv igen.',
  errorUnexpectedResponse: 'Butikken sendte et uventet svar. Prøv igen.',
  errorConfig: 'Denne side er ikke sat korrekt op.',
  retry: 'Prøv igen',
};

export default da;
