import type { StatusStrings } from '../strings.js';

/** Finnish (Suomi). */
const fi: StatusStrings = {
  checking: 'Tarkistetaan maksuasi…',
  completed: 'Kiitos! Maksusi on vastaanotettu.',
  pending: 'Maksuasi käsitellään. Tämä sivu päivittyy itsestään.',
  pendingLimit:
    'Maksuasi käsitellään vielä. Verkkokauppa vahvistaa tilauksesi sähköpostitse heti, kun maksu on valmis.',
  cancelled: 'Maksu peruutettiin. Mitään ei veloitettu.',
  declined: 'Maksu hylättiin. Mitään ei veloitettu.',
  expired: 'Maksua ei suoritettu ajoissa, ja se vanheni. Mitään ei veloitettu.',
  void: 'Maksu mitätöitiin. Mitään ei veloitettu.',
  refunded: 'Tämä maksu on hyvitetty.',
  chargeback: 'Pankkisi on peruuttanut tämän maksun (chargeback). Ota yhteyttä verkkokauppaan.',
  unknownOrder: 'Tilausta ei löytynyt. Ota yhteyttä verkkokauppaan.',
  offline: 'Olet offline-tilassa. Maksu tarkistetaan uudelleen heti, kun yhteys palaa.',
  unavailable: 'Maksusi tilaa ei voitu tarkistaa.',
  errorNetwork: 'Verkkokauppaan ei saatu yhteyttä. Tarkista internetyhteys ja yritä uudelleen.',
  errorTimeout: 'Verkkokauppa ei vastannut ajoissa. Yritä uudelleen.',
  errorHttp: 'Verkkokauppa ei voinut tarkistaa maksuasi (virhe {status}). Yritä uudelleen.',
  errorUnexpectedResponse: 'Verkkokauppa lähetti odottamattoman vastauksen. Yritä uudelleen.',
  errorConfig: 'Tätä sivua ei ole määritetty oikein.',
  retry: 'Yritä uudelleen',
};

export default fi;
