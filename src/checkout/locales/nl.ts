import type { CheckoutStrings } from '../strings.js';

/** Dutch (Nederlands). */
const nl: CheckoutStrings = {
  legend: 'Betaalmethode',
  redirectNotice: 'Met ‘Betalen’ ga je naar een beveiligde betaalpagina.',
  payAmount: 'Betaal {amount}',
  pay: 'Betalen',
  processing: 'Bezig met verwerken…',
  redirecting: 'Je wordt doorgestuurd naar de betaalpagina…',
  noGateways: 'Er is geen betaalmethode beschikbaar voor deze bestelling.',
  loadingGateways: 'Betaalmethoden worden geladen…',
  gatewaysFailed: 'De betaalmethoden konden niet worden geladen.',
  errorGatewayList: 'Probeer het zo nog eens.',
  gatewaysLoaded: 'Betaalmethoden geladen: {count}.',
  selectionDropped: 'De gekozen betaalmethode is niet meer beschikbaar voor deze bestelling. Kies een andere.',
  retry: 'Opnieuw proberen',
  moreGateways: 'Meer betaalmethoden ({count})',
  errorNoGatewaySelected: 'Kies een betaalmethode.',
  errorConfig: 'Het afrekenen is niet goed ingesteld. Neem contact op met de winkel.',
  errorNetwork: 'We konden de winkel niet bereiken. Controleer je internetverbinding en probeer het opnieuw.',
  errorTimeout: 'De winkel reageerde niet op tijd. Probeer het opnieuw.',
  errorHttp: 'De winkel kon de betaling niet starten (fout {status}). Probeer het opnieuw.',
  errorUnexpectedResponse: 'De winkel gaf een onverwacht antwoord. Probeer het opnieuw.',
  errorPaymentUrl:
    'We konden het adres van de betaalpagina niet controleren en hebben die daarom niet geopend. Neem contact op met de winkel.',
  errorNavigationBlocked: 'De betaalpagina kan niet vanaf deze pagina worden geopend. Neem contact op met de winkel.',
  errorMspGeneric: 'De betaling kon niet worden gestart. Probeer het opnieuw.',
  errorMspAmount: 'Het bedrag van deze bestelling is ongeldig. Neem contact op met de winkel.',
  errorMspCurrency: 'Deze valuta kan niet worden gebruikt voor deze betaling. Kies een andere betaalmethode.',
  errorMspOrderId:
    'Deze bestelling is al betaald of kan niet opnieuw worden betaald. Vernieuw de pagina of neem contact op met de winkel.',
  errorMspPaymentStarted:
    'De betaling van deze bestelling is al gestart in een ander venster of tabblad. Rond haar daar af of neem contact op met de winkel.',
  errorMspDescription: 'De omschrijving van de bestelling is ongeldig. Neem contact op met de winkel.',
  errorMspCountry: 'Deze betaalmethode is niet beschikbaar in jouw land. Kies een andere betaalmethode.',
  errorMspShopUnavailable: 'Betalen is bij deze winkel tijdelijk niet mogelijk. Probeer het later opnieuw.',
  errorMspGatewayUnavailable: 'Deze betaalmethode is op dit moment niet beschikbaar. Kies een andere betaalmethode.',
  errorMspDeclined: 'De betaling is geweigerd. Kies een andere betaalmethode.',
  mspDetail: 'Toelichting:',
  gatewayNames: {
    CREDITCARD: 'Kaartbetaling',
    BANKTRANS: 'Bankoverschrijving',
    DIRDEB: 'Automatische incasso',
    EINVOICE: 'E-facturatie',
    BNPL_MF: 'Achteraf betalen',
    BNPL_INSTM: 'Achteraf betalen in termijnen',
    DBRTP: 'Betaalverzoek',
    MONIECO: 'Monizze ecocheque',
    MONIGIFT: 'Monizze cadeaucheque',
    MONIMEAL: 'Monizze maaltijdcheque',
    VRGIFTCARD: 'Vuur & rook cadeaukaart',
  },
};

export default nl;
