import type { StatusStrings } from '../strings.js';

/** Italian (Italiano). */
const it: StatusStrings = {
  checking: 'Stiamo verificando il pagamento…',
  completed: 'Grazie! Abbiamo ricevuto il tuo pagamento.',
  pending: 'Il pagamento è in elaborazione. Questa pagina si aggiorna da sola.',
  pendingLimit:
    'Il pagamento è ancora in elaborazione. Il negozio ti confermerà l’ordine via e-mail non appena il pagamento sarà completato.',
  cancelled: 'Il pagamento è stato annullato. Non è stato addebitato nulla.',
  declined: 'Il pagamento è stato rifiutato. Non è stato addebitato nulla.',
  expired: 'Il pagamento non è stato completato in tempo ed è scaduto. Non è stato addebitato nulla.',
  void: 'Il pagamento è stato stornato. Non è stato addebitato nulla.',
  refunded: 'Questo pagamento è stato rimborsato.',
  chargeback: 'Questo pagamento è stato stornato dalla tua banca (chargeback). Contatta il negozio.',
  unknownOrder: 'Non abbiamo trovato questo ordine. Contatta il negozio.',
  offline: 'Sei offline. Il pagamento verrà verificato di nuovo appena tornerai online.',
  unavailable: 'Non è stato possibile verificare lo stato del pagamento.',
  errorNetwork: 'Impossibile contattare il negozio. Controlla la connessione a internet e riprova.',
  errorTimeout: 'Il negozio ha impiegato troppo tempo a rispondere. Riprova.',
  errorHttp: 'Il negozio non è riuscito a verificare il pagamento (errore {status}). Riprova.',
  errorUnexpectedResponse: 'Il negozio ha inviato una risposta inattesa. Riprova.',
  errorConfig: 'Questa pagina non è configurata correttamente.',
  retry: 'Riprova',
};

export default it;
