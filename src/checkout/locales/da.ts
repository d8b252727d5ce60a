import type { CheckoutStrings } from '../strings.js';

/** Danish (Dansk). */
const da: CheckoutStrings = {
  legend: 'Betalingsmetode',
  redirectNotice: 'Du gennemfører betalingen på den sikre side for den betalingsmetode, du vælger.',
  payAmount: 'Betal {amount}',
  pay: 'Betal',
  processing: 'Behandler…',
  redirecting: 'Sender dig videre til betalingssiden…',
  noGateways: 'Der er ingen tilgængelig betalingsmetode til denne ordre.',
  loadingGateways: 'Indlæser betalingsmetoder…',
  gatewaysFailed: 'Betalingsmetoderne kunne ikke indlæses.',
  errorGatewayList: 'Prøv igen om lidt.',
  gatewaysLoaded: 'Betalingsmetoder indlæst: {count}.',
  selectionDropped: 'Den valgte betalingsmetode er ikke længere tilgængelig for denne ordre. Vælg en anden.',
  retry: 'Prøv igen',
  moreGateways: 'Flere betalingsmetoder ({count})',
  errorNoGatewaySelected: 'Vælg en betalingsmetode.',
  errorConfig: 'Kassen er ikke sat korrekt op. Kontakt butikken.',
  errorNetwork: 'Vi kunne ikke få forbindelse til butikken. Tjek din internetforbindelse, og prøv igen.',
  errorTimeout: 'Butikken var for længe om at svare. Prøv igen.',
  errorHttp: 'Butikken kunne ikke starte betalingen (fejl {status}). Prøv igen.',
  errorUnexpectedResponse: 'Butikken sendte et uventet svar. Prøv igen.',
  errorPaymentUrl: 'Vi kunne ikke bekræfte adressen på betalingssiden, så vi har ikke åbnet den. Kontakt butikken.',
  errorNavigationBlocked: 'Betalingssiden kan ikke åbnes fra denne side. Kontakt butikken.',
  errorMspGeneric: 'Betalingen kunne ikke startes. Prøv igen.',
  errorMspAmount: 'Beløbet på denne ordre er ugyldigt. Kontakt butikken.',
  errorMspCurrency: 'Denne valuta kan ikke bruges til denne betaling. Vælg en anden betalingsmetode.',
  errorMspOrderId: 'Denne ordre er allerede betalt eller kan ikke betales igen. Opdater siden, eller kontakt butikken.',
  errorMspPaymentStarted:
    'Betalingen af denne ordre er allerede startet i et andet vindue eller en anden fane. Gør den færdig der, eller kontakt butikken.',
  errorMspDescription: 'Ordrebeskrivelsen er ugyldig. Kontakt butikken.',
  errorMspCountry: 'Denne betalingsmetode er ikke tilgængelig i dit land. Vælg en anden.',
  errorMspShopUnavailable: 'Det er midlertidigt ikke muligt at betale i denne butik. Prøv igen senere.',
  errorMspGatewayUnavailable: 'Denne betalingsmetode er ikke tilgængelig lige nu. Vælg en anden.',
  errorMspDeclined: 'Betalingen blev afvist. Vælg en anden betalingsmetode.',
  mspDetail: 'Detaljer:',
  gatewayNames: { BANKTRANS: 'Bankoverførsel' },
};

export default da;
