import type { CheckoutStrings } from '../strings.js';

/** German (Deutsch). */
const de: CheckoutStrings = {
  legend: 'Zahlungsart',
  redirectNotice: 'Mit „Bezahlen“ gelangen Sie zu einer sicheren Zahlungsseite.',
  payAmount: '{amount} bezahlen',
  pay: 'Bezahlen',
  processing: 'Wird verarbeitet…',
  redirecting: 'Sie werden zur Zahlungsseite weitergeleitet…',
  noGateways: 'Für diese Bestellung ist keine Zahlungsart verfügbar.',
  loadingGateways: 'Zahlungsarten werden geladen…',
  gatewaysFailed: 'Die Zahlungsarten konnten nicht geladen werden.',
  errorGatewayList: 'Bitte versuchen Sie es gleich noch einmal.',
  gatewaysLoaded: 'Zahlungsarten geladen: {count}.',
  selectionDropped:
    'Die gewählte Zahlungsart ist für diese Bestellung nicht mehr verfügbar. Bitte wählen Sie eine andere.',
  retry: 'Erneut versuchen',
  moreGateways: 'Weitere Zahlungsarten ({count})',
  errorNoGatewaySelected: 'Bitte wählen Sie eine Zahlungsart.',
  errorConfig: 'Der Bezahlvorgang ist nicht richtig eingerichtet. Bitte wenden Sie sich an den Shop.',
  errorNetwork: 'Der Shop ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Shop hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.',
  errorHttp: 'Der Shop konnte die Zahlung nicht starten (Fehler {status}). Bitte versuchen Sie es erneut.',
  errorUnexpectedResponse: 'Der Shop hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es erneut.',
  errorPaymentUrl:
    'Die Adresse der Zahlungsseite konnte nicht überprüft werden, daher haben wir sie nicht geöffnet. Bitte wenden Sie sich an den Shop.',
  errorNavigationBlocked:
    'Die Zahlungsseite kann von dieser Seite aus nicht geöffnet werden. Bitte wenden Sie sich an den Shop.',
  errorMspGeneric: 'Die Zahlung konnte nicht gestartet werden. Bitte versuchen Sie es erneut.',
  errorMspAmount: 'Der Betrag dieser Bestellung ist ungültig. Bitte wenden Sie sich an den Shop.',
  errorMspCurrency:
    'Diese Währung kann für diese Zahlung nicht verwendet werden. Bitte wählen Sie eine andere Zahlungsart.',
  errorMspOrderId:
    'Diese Bestellung wurde bereits bezahlt oder kann nicht erneut bezahlt werden. Bitte laden Sie die Seite neu oder wenden Sie sich an den Shop.',
  errorMspPaymentStarted:
    'Die Zahlung dieser Bestellung wurde bereits in einem anderen Fenster oder Tab begonnen. Bitte schließen Sie sie dort ab oder wenden Sie sich an den Shop.',
  errorMspDescription: 'Die Bestellbeschreibung ist ungültig. Bitte wenden Sie sich an den Shop.',
  errorMspCountry: 'Diese Zahlungsart ist in Ihrem Land nicht verfügbar. Bitte wählen Sie eine andere.',
  errorMspShopUnavailable:
    'Zahlungen sind in diesem Shop vorübergehend nicht möglich. Bitte versuchen Sie es später erneut.',
  errorMspGatewayUnavailable: 'Diese Zahlungsart ist zurzeit nicht verfügbar. Bitte wählen Sie eine andere.',
  errorMspDeclined: 'Die Zahlung wurde abgelehnt. Bitte wählen Sie eine andere Zahlungsart.',
  mspDetail: 'Fehlerdetails:',
  gatewayNames: {
    CREDITCARD: 'Kartenzahlung',
    BANKTRANS: 'Banküberweisung',
    DIRDEB: 'Lastschrift',
    EINVOICE: 'E-Rechnung',
    BNPL_MF: 'Zahlung nach Lieferung',
    BNPL_INSTM: 'Zahlung nach Lieferung in Raten',
    DBRTP: 'Zahlungsanforderung',
    DIRECTBANK: 'Sofortüberweisung',
    MONIECO: 'Monizze-Ökoscheck',
    MONIGIFT: 'Monizze-Geschenkscheck',
    MONIMEAL: 'Monizze-Mahlzeitscheck',
    VRGIFTCARD: 'Geschenkkarte von Vuur & rook',
  },
};

export default de;
