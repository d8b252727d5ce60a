import type { StatusStrings } from '../strings.js';

/** Polish (Polski). */
const pl: StatusStrings = {
  checking: 'Sprawdzamy Twoją płatność…',
  completed: 'Dziękujemy! Twoja płatność została przyjęta.',
  pending: 'Twoja płatność jest przetwarzana. Ta strona odświeży się sama.',
  pendingLimit:
    'Twoja płatność jest nadal przetwarzana. Sklep potwierdzi zamówienie e-mailem, gdy tylko płatność zostanie zakończona.',
  cancelled: 'Płatność została anulowana. Nie pobrano żadnych środków.',
  declined: 'Płatność została odrzucona. Nie pobrano żadnych środków.',
  expired: 'Płatność nie została zakończona na czas i wygasła. Nie pobrano żadnych środków.',
  void: 'Płatność została unieważniona. Nie pobrano żadnych środków.',
  refunded: 'Ta płatność została zwrócona.',
  chargeback: 'Twój bank cofnął tę płatność (chargeback). Skontaktuj się ze sklepem.',
  unknownOrder: 'Nie znaleźliśmy tego zamówienia. Skontaktuj się ze sklepem.',
  offline: 'Jesteś offline. Sprawdzimy płatność ponownie, gdy tylko wrócisz do sieci.',
  unavailable: 'Nie udało się sprawdzić stanu Twojej płatności.',
  errorNetwork: 'Nie udało się połączyć ze sklepem. Sprawdź połączenie z internetem i spróbuj ponownie.',
  errorTimeout: 'Sklep zbyt długo nie odpowiadał. Spróbuj ponownie.',
  errorHttp: 'Sklep nie mógł sprawdzić Twojej płatności (błąd {status}). Spróbuj ponownie.',
  errorUnexpectedResponse: 'Sklep przesłał nieoczekiwaną odpowiedź. Spróbuj ponownie.',
  errorConfig: 'Ta strona jest nieprawidłowo skonfigurowana.',
  retry: 'Spróbuj ponownie',
};

export default pl;
