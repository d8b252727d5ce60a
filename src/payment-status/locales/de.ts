import type { StatusStrings } from '../strings.js';

/** German (Deutsch). */
const de: StatusStrings = {
  checking: 'Ihre Zahlung wird geprüft…',
  completed: 'Vielen Dank! Ihre Zahlung ist eingegangen.',
  pending: 'Ihre Zahlung wird bearbeitet. Diese Seite aktualisiert sich von selbst.',
  pendingLimit:
    'Ihre Zahlung wird noch bearbeitet. Der Shop bestätigt Ihre Bestellung per E-Mail, sobald die Zahlung abgeschlossen ist.',
  cancelled: 'Die Zahlung wurde abgebrochen. Es wurde nichts abgebucht.',
  declined: 'Die Zahlung wurde abgelehnt. Es wurde nichts abgebucht.',
  expired: 'Die Zahlung wurde nicht rechtzeitig abgeschlossen und ist abgelaufen. Es wurde nichts abgebucht.',
  void: 'Die Zahlung wurde storniert. Es wurde nichts abgebucht.',
  refunded: 'Diese Zahlung wurde erstattet.',
  chargeback: 'Diese Zahlung wurde von Ihrer Bank zurückgebucht (Chargeback). Bitte wenden Sie sich an den Shop.',
  unknownOrder: 'Diese Bestellung wurde nicht gefunden. Bitte wenden Sie sich an den Shop.',
  offline: 'Sie sind offline. Die Zahlung wird erneut geprüft, sobald Sie wieder online sind.',
  unavailable: 'Der Status Ihrer Zahlung konnte nicht geprüft werden.',
  errorNetwork: 'Der Shop ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Shop hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.',
  errorHttp: 'Der Shop konnte Ihre Zahlung nicht prüfen (Fehler {status}). Bitte versuchen Sie es erneut.',
  errorUnexpectedResponse: 'Der Shop hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es erneut.',
  errorConfig: 'Diese Seite ist nicht richtig eingerichtet.',
  retry: 'Erneut versuchen',
};

export default de;
