import type { CheckoutStrings } from '../strings.js';

/** Swedish (Svenska). */
const sv: CheckoutStrings = {
  legend: 'Betalsätt',
  redirectNotice: 'Du slutför betalningen på den säkra sidan för det betalsätt du väljer.',
  payAmount: 'Betala {amount}',
  pay: 'Betala',
  processing: 'Bearbetar…',
  redirecting: 'Skickar dig vidare till betalsidan…',
  noGateways: 'Det finns inget tillgängligt betalsätt för den här beställningen.',
  loadingGateways: 'Hämtar betalsätt…',
  gatewaysFailed: 'Det gick inte att hämta betalsätten.',
  errorGatewayList: 'Försök igen om en stund.',
  gatewaysLoaded: 'Betalsätt inlästa: {count}.',
  selectionDropped: 'Det valda betalsättet är inte längre tillgängligt för den här beställningen. Välj ett annat.',
  retry: 'Försök igen',
  moreGateways: 'Fler betalsätt ({count})',
  errorNoGatewaySelected: 'Välj ett betalsätt.',
  errorConfig: 'Kassan är inte korrekt inställd. Kontakta butiken.',
  errorNetwork: 'Vi kunde inte nå butiken. Kontrollera din internetanslutning och försök igen.',
  errorTimeout: 'Butiken tog för lång tid på sig att svara. Försök igen.',
  errorHttp: 'Butiken kunde inte starta betalningen (fel {status}). Försök igen.',
  errorUnexpectedResponse: 'Butiken skickade ett oväntat svar. Försök igen.',
  errorPaymentUrl: 'Vi kunde inte verifiera adressen till betalsidan, så vi öppnade den inte. Kontakta butiken.',
  errorNavigationBlocked: 'Betalsidan kan inte öppnas från den här sidan. Kontakta butiken.',
  errorMspGeneric: 'Det gick inte att starta betalningen. Försök igen.',
  errorMspAmount: 'Beloppet för den här beställningen är ogiltigt. Kontakta butiken.',
  errorMspCurrency: 'Den här valutan kan inte användas för betalningen. Välj ett annat betalsätt.',
  errorMspOrderId: 'Beställningen är redan betald eller kan inte betalas igen. Ladda om sidan eller kontakta butiken.',
  errorMspPaymentStarted:
    'Betalningen av den här beställningen har redan påbörjats i ett annat fönster eller en annan flik. Slutför den där eller kontakta butiken.',
  errorMspDescription: 'Beskrivningen av beställningen är ogiltig. Kontakta butiken.',
  errorMspCountry: 'Det här betalsättet är inte tillgängligt i ditt land. Välj ett annat.',
  errorMspShopUnavailable: 'Det går tillfälligt inte att betala i den här butiken. Försök igen senare.',
  errorMspGatewayUnavailable: 'Det här betalsättet är inte tillgängligt just nu. Välj ett annat.',
  errorMspDeclined: 'Betalningen nekades. Välj ett annat betalsätt.',
  mspDetail: 'Detaljer:',
  gatewayNames: { BANKTRANS: 'Banköverföring' },
};

export default sv;
