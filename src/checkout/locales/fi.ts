import type { CheckoutStrings } from '../strings.js';

/** Finnish (Suomi). */
const fi: CheckoutStrings = {
  legend: 'Maksutapa',
  redirectNotice: 'Kun painat Maksa-painiketta, siirryt suojatulle maksusivulle.',
  payAmount: 'Maksa {amount}',
  pay: 'Maksa',
  processing: 'Käsitellään…',
  redirecting: 'Siirrytään maksusivulle…',
  noGateways: 'Tälle tilaukselle ei ole saatavilla maksutapoja.',
  loadingGateways: 'Ladataan maksutapoja…',
  gatewaysFailed: 'Maksutapojen lataaminen epäonnistui.',
  errorGatewayList: 'Yritä hetken kuluttua uudelleen.',
  gatewaysLoaded: 'Maksutapoja ladattu: {count}.',
  selectionDropped: 'Valitsemasi maksutapa ei ole enää käytettävissä tässä tilauksessa. Valitse toinen.',
  retry: 'Yritä uudelleen',
  moreGateways: 'Lisää maksutapoja ({count})',
  errorNoGatewaySelected: 'Valitse maksutapa.',
  errorConfig: 'Kassaa ei ole määritetty oikein. Ota yhteyttä verkkokauppaan.',
  errorNetwork: 'Verkkokauppaan ei saatu yhteyttä. Tarkista internetyhteys ja yritä uudelleen.',
  errorTimeout: 'Verkkokauppa ei vastannut ajoissa. Yritä uudelleen.',
  errorHttp: 'Verkkokauppa ei voinut aloittaa maksua (virhe {status}). Yritä uudelleen.',
  errorUnexpectedResponse: 'Verkkokauppa lähetti odottamattoman vastauksen. Yritä uudelleen.',
  errorPaymentUrl: 'Maksusivun osoitetta ei voitu vahvistaa, joten sitä ei avattu. Ota yhteyttä verkkokauppaan.',
  errorNavigationBlocked: 'Maksusivua ei voi avata tältä sivulta. Ota yhteyttä verkkokauppaan.',
  errorMspGeneric: 'Maksun aloittaminen epäonnistui. Yritä uudelleen.',
  errorMspAmount: 'Tilauksen summa on virheellinen. Ota yhteyttä verkkokauppaan.',
  errorMspCurrency: 'Tätä valuuttaa ei voi käyttää tähän maksuun. Valitse toinen maksutapa.',
  errorMspOrderId:
    'Tilaus on jo maksettu, tai sitä ei voi maksaa uudelleen. Päivitä sivu tai ota yhteyttä verkkokauppaan.',
  errorMspPaymentStarted:
    'Tämän tilauksen maksu on jo aloitettu toisessa ikkunassa tai välilehdessä. Viimeistele se siellä tai ota yhteyttä verkkokauppaan.',
  errorMspDescription: 'Tilauksen kuvaus on virheellinen. Ota yhteyttä verkkokauppaan.',
  errorMspCountry: 'Tämä maksutapa ei ole käytettävissä maassasi. Valitse toinen maksutapa.',
  errorMspShopUnavailable:
    'Maksaminen tässä verkkokaupassa ei ole tilapäisesti mahdollista. Yritä myöhemmin uudelleen.',
  errorMspGatewayUnavailable: 'Tämä maksutapa ei ole juuri nyt käytettävissä. Valitse toinen maksutapa.',
  errorMspDeclined: 'Maksu hylättiin. Valitse toinen maksutapa.',
  mspDetail: 'Lisätiedot:',
  gatewayNames: {
    CREDITCARD: 'Korttimaksu',
    BANKTRANS: 'Tilisiirto',
    DIRDEB: 'Suoraveloitus',
    EINVOICE: 'E-lasku',
    BNPL_MF: 'Maksu toimituksen jälkeen',
    BNPL_INSTM: 'Maksu toimituksen jälkeen erissä',
    DBRTP: 'Maksupyyntö',
    MONIECO: 'Monizze-ekoseteli',
    MONIGIFT: 'Monizze-lahjaseteli',
    MONIMEAL: 'Monizze-ateriaseteli',
    VRGIFTCARD: 'Vuur & rook -lahjakortti',
  },
};

export default fi;
