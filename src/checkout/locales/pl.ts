import type { CheckoutStrings } from '../strings.js';

/** Polish (Polski). */
const pl: CheckoutStrings = {
  legend: 'Metoda płatności',
  redirectNotice: 'Po naciśnięciu przycisku „Zapłać” przejdziesz na bezpieczną stronę płatności.',
  payAmount: 'Zapłać {amount}',
  pay: 'Zapłać',
  processing: 'Przetwarzanie…',
  redirecting: 'Przekierowanie do strony płatności…',
  noGateways: 'Dla tego zamówienia nie jest dostępna żadna metoda płatności.',
  loadingGateways: 'Ładowanie metod płatności…',
  gatewaysFailed: 'Nie udało się załadować metod płatności.',
  errorGatewayList: 'Spróbuj ponownie za chwilę.',
  gatewaysLoaded: 'Załadowane metody płatności: {count}.',
  selectionDropped: 'Wybrana metoda płatności nie jest już dostępna dla tego zamówienia. Wybierz inną.',
  retry: 'Spróbuj ponownie',
  moreGateways: 'Więcej metod płatności ({count})',
  errorNoGatewaySelected: 'Wybierz metodę płatności.',
  errorConfig: 'Formularz płatności jest nieprawidłowo skonfigurowany. Skontaktuj się ze sklepem.',
  errorNetwork: 'Nie udało się połączyć ze sklepem. Sprawdź połączenie z internetem i spróbuj ponownie.',
  errorTimeout: 'Sklep zbyt długo nie odpowiadał. Spróbuj ponownie.',
  errorHttp: 'Sklep nie mógł rozpocząć płatności (błąd {status}). Spróbuj ponownie.',
  errorUnexpectedResponse: 'Sklep przesłał nieoczekiwaną odpowiedź. Spróbuj ponownie.',
  errorPaymentUrl:
    'Nie udało się zweryfikować adresu strony płatności, dlatego jej nie otworzyliśmy. Skontaktuj się ze sklepem.',
  errorNavigationBlocked: 'Nie można otworzyć strony płatności z tej strony. Skontaktuj się ze sklepem.',
  errorMspGeneric: 'Nie udało się rozpocząć płatności. Spróbuj ponownie.',
  errorMspAmount: 'Kwota tego zamówienia jest nieprawidłowa. Skontaktuj się ze sklepem.',
  errorMspCurrency: 'Tej waluty nie można użyć do tej płatności. Wybierz inną metodę płatności.',
  errorMspOrderId:
    'To zamówienie zostało już opłacone lub nie można go opłacić ponownie. Odśwież stronę lub skontaktuj się ze sklepem.',
  errorMspPaymentStarted:
    'Płatność za to zamówienie została już rozpoczęta w innym oknie lub karcie. Dokończ ją tam lub skontaktuj się ze sklepem.',
  errorMspDescription: 'Opis zamówienia jest nieprawidłowy. Skontaktuj się ze sklepem.',
  errorMspCountry: 'Ta metoda płatności jest niedostępna w Twoim kraju. Wybierz inną.',
  errorMspShopUnavailable: 'Płatności w tym sklepie są chwilowo niedostępne. Spróbuj ponownie później.',
  errorMspGatewayUnavailable: 'Ta metoda płatności jest w tej chwili niedostępna. Wybierz inną.',
  errorMspDeclined: 'Płatność została odrzucona. Wybierz inną metodę płatności.',
  mspDetail: 'Szczegóły:',
  gatewayNames: {
    CREDITCARD: 'Płatność kartą',
    BANKTRANS: 'Przelew bankowy',
    DIRDEB: 'Polecenie zapłaty',
    EINVOICE: 'E-faktura',
    BNPL_MF: 'Płatność po dostawie',
    BNPL_INSTM: 'Płatność po dostawie w ratach',
    DBRTP: 'Prośba o płatność',
    MONIECO: 'Bon ekologiczny Monizze',
    MONIGIFT: 'Bon podarunkowy Monizze',
    MONIMEAL: 'Bon żywieniowy Monizze',
    VRGIFTCARD: 'Karta podarunkowa Vuur & rook',
  },
};

export default pl;
