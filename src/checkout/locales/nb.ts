import type { CheckoutStrings } from '../strings.js';

/** Norwegian Bokmål (Norsk bokmål). */
const nb: CheckoutStrings = {
  legend: 'Betalingsmåte',
  redirectNotice: 'Når du trykker på «Betal», fortsetter du på en sikker betalingsside.',
  payAmount: 'Betal {amount}',
  pay: 'Betal',
  processing: 'Behandler…',
  redirecting: 'Sender deg videre til betalingssiden…',
  noGateways: 'Ingen betalingsmåte er tilgjengelig for denne bestillingen.',
  loadingGateways: 'Laster inn betalingsmåter…',
  gatewaysFailed: 'Betalingsmåtene kunne ikke lastes inn.',
  errorGatewayList: 'Prøv igjen om litt.',
  gatewaysLoaded: 'Betalingsmåter lastet inn: {count}.',
  selectionDropped: 'Betalingsmåten du valgte, er ikke lenger tilgjengelig for denne bestillingen. Velg en annen.',
  retry: 'Prøv igjen',
  moreGateways: 'Flere betalingsmåter ({count})',
  errorNoGatewaySelected: 'Velg en betalingsmåte.',
  errorConfig: 'Kassen er ikke riktig satt opp. Ta kontakt med butikken.',
  errorNetwork: 'Vi fikk ikke kontakt med butikken. Sjekk internettforbindelsen din og prøv igjen.',
  errorTimeout: 'Butikken brukte for lang tid på å svare. Prøv igjen.',
  errorHttp: 'Butikken kunne ikke starte betalingen (feil {status}). Prøv igjen.',
  errorUnexpectedResponse: 'Butikken sendte et uventet svar. Prøv igjen.',
  errorPaymentUrl: 'Vi kunne ikke bekrefte adressen til betalingssiden, så vi åpnet den ikke. Ta kontakt med butikken.',
  errorNavigationBlocked: 'Betalingssiden kan ikke åpnes fra denne siden. Ta kontakt med butikken.',
  errorMspGeneric: 'Betalingen kunne ikke startes. Prøv igjen.',
  errorMspAmount: 'Beløpet for denne bestillingen er ugyldig. Ta kontakt med butikken.',
  errorMspCurrency: 'Denne valutaen kan ikke brukes for denne betalingen. Velg en annen betalingsmåte.',
  errorMspOrderId:
    'Denne bestillingen er allerede betalt eller kan ikke betales på nytt. Last inn siden på nytt eller ta kontakt med butikken.',
  errorMspPaymentStarted:
    'Betalingen av denne bestillingen er allerede startet i et annet vindu eller en annen fane. Fullfør den der, eller ta kontakt med butikken.',
  errorMspDescription: 'Beskrivelsen av bestillingen er ugyldig. Ta kontakt med butikken.',
  errorMspCountry: 'Denne betalingsmåten er ikke tilgjengelig i ditt land. Velg en annen.',
  errorMspShopUnavailable: 'Det er midlertidig ikke mulig å betale i denne butikken. Prøv igjen senere.',
  errorMspGatewayUnavailable: 'Denne betalingsmåten er ikke tilgjengelig akkurat nå. Velg en annen.',
  errorMspDeclined: 'Betalingen ble avvist. Velg en annen betalingsmåte.',
  mspDetail: 'Detaljer:',
  gatewayNames: {
    CREDITCARD: 'Kortbetaling',
    BANKTRANS: 'Bankoverføring',
    DIRDEB: 'Direkte debitering',
    EINVOICE: 'E-faktura',
    BNPL_MF: 'Betal etter levering',
    BNPL_INSTM: 'Betal etter levering i avdrag',
    DBRTP: 'Betalingsforespørsel',
  },
};

export default nb;
