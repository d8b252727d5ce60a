import type { CheckoutStrings } from '../strings.js';

/** Italian (Italiano). */
const it: CheckoutStrings = {
  legend: 'Metodo di pagamento',
  redirectNotice: 'Premendo «Paga» prosegui su una pagina di pagamento sicura.',
  payAmount: 'Paga {amount}',
  pay: 'Paga',
  processing: 'Elaborazione in corso…',
  redirecting: 'Reindirizzamento alla pagina di pagamento…',
  noGateways: 'Nessun metodo di pagamento disponibile per questo ordine.',
  loadingGateways: 'Caricamento dei metodi di pagamento…',
  gatewaysFailed: 'Impossibile caricare i metodi di pagamento.',
  errorGatewayList: 'Riprova tra qualche istante.',
  gatewaysLoaded: 'Metodi di pagamento caricati: {count}.',
  selectionDropped: 'Il metodo di pagamento scelto non è più disponibile per questo ordine. Scegline un altro.',
  retry: 'Riprova',
  moreGateways: 'Altri metodi di pagamento ({count})',
  errorNoGatewaySelected: 'Scegli un metodo di pagamento.',
  errorConfig: 'Il modulo di pagamento non è configurato correttamente. Contatta il negozio.',
  errorNetwork: 'Impossibile contattare il negozio. Controlla la connessione a internet e riprova.',
  errorTimeout: 'Il negozio ha impiegato troppo tempo a rispondere. Riprova.',
  errorHttp: 'Il negozio non è riuscito ad avviare il pagamento (errore {status}). Riprova.',
  errorUnexpectedResponse: 'Il negozio ha inviato una risposta inattesa. Riprova.',
  errorPaymentUrl:
    'Non è stato possibile verificare l’indirizzo della pagina di pagamento, quindi non l’abbiamo aperta. Contatta il negozio.',
  errorNavigationBlocked: 'Non è possibile aprire la pagina di pagamento da questa pagina. Contatta il negozio.',
  errorMspGeneric: 'Impossibile avviare il pagamento. Riprova.',
  errorMspAmount: 'L’importo di questo ordine non è valido. Contatta il negozio.',
  errorMspCurrency: 'Questa valuta non può essere usata per questo pagamento. Scegli un altro metodo di pagamento.',
  errorMspOrderId:
    'Questo ordine è già stato pagato o non può essere pagato di nuovo. Aggiorna la pagina o contatta il negozio.',
  errorMspPaymentStarted:
    'Il pagamento di questo ordine è già stato avviato in un’altra finestra o scheda. Completalo lì o contatta il negozio.',
  errorMspDescription: 'La descrizione dell’ordine non è valida. Contatta il negozio.',
  errorMspCountry: 'Questo metodo di pagamento non è disponibile nel tuo Paese. Scegline un altro.',
  errorMspShopUnavailable: 'I pagamenti su questo negozio sono temporaneamente non disponibili. Riprova più tardi.',
  errorMspGatewayUnavailable: 'Questo metodo di pagamento al momento non è disponibile. Scegline un altro.',
  errorMspDeclined: 'Il pagamento è stato rifiutato. Scegli un altro metodo di pagamento.',
  mspDetail: 'Dettagli:',
  gatewayNames: {
    CREDITCARD: 'Pagamento con carta',
    BANKTRANS: 'Bonifico bancario',
    DIRDEB: 'Addebito diretto',
    EINVOICE: 'Fattura elettronica',
    BNPL_MF: 'Pagamento dopo la consegna',
    BNPL_INSTM: 'Pagamento dopo la consegna a rate',
    DBRTP: 'Richiesta di pagamento',
    MONIECO: 'Buono ecologico Monizze',
    MONIGIFT: 'Buono regalo Monizze',
    MONIMEAL: 'Buono pasto Monizze',
    VRGIFTCARD: 'Carta regalo Vuur & rook',
  },
};

export default it;
