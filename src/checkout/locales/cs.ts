import type { CheckoutStrings } from '../strings.js';

/** Czech (Čeština). */
const cs: CheckoutStrings = {
  legend: 'Způsob platby',
  redirectNotice: 'Po stisknutí tlačítka „Zaplatit“ budete pokračovat na zabezpečené platební stránce.',
  payAmount: 'Zaplatit {amount}',
  pay: 'Zaplatit',
  processing: 'Zpracováváme…',
  redirecting: 'Přesměrováváme vás na platební stránku…',
  noGateways: 'Pro tuto objednávku není k dispozici žádný způsob platby.',
  loadingGateways: 'Načítáme způsoby platby…',
  gatewaysFailed: 'Způsoby platby se nepodařilo načíst.',
  errorGatewayList: 'Zkuste to prosím za chvíli znovu.',
  gatewaysLoaded: 'Načtené způsoby platby: {count}.',
  selectionDropped: 'Zvolený způsob platby už pro tuto objednávku není k dispozici. Vyberte jiný.',
  retry: 'Zkusit znovu',
  moreGateways: 'Další způsoby platby ({count})',
  errorNoGatewaySelected: 'Zvolte způsob platby.',
  errorConfig: 'Pokladna není správně nastavena. Kontaktujte prosím obchod.',
  errorNetwork: 'Nepodařilo se spojit s obchodem. Zkontrolujte připojení k internetu a zkuste to znovu.',
  errorTimeout: 'Obchod neodpověděl včas. Zkuste to prosím znovu.',
  errorHttp: 'Obchodu se nepodařilo zahájit platbu (chyba {status}). Zkuste to prosím znovu.',
  errorUnexpectedResponse: 'Obchod vrátil neočekávanou odpověď. Zkuste to prosím znovu.',
  errorPaymentUrl:
    'Adresu platební stránky se nepodařilo ověřit, a proto jsme ji neotevřeli. Kontaktujte prosím obchod.',
  errorNavigationBlocked: 'Platební stránku nelze z této stránky otevřít. Kontaktujte prosím obchod.',
  errorMspGeneric: 'Platbu se nepodařilo zahájit. Zkuste to prosím znovu.',
  errorMspAmount: 'Částka této objednávky je neplatná. Kontaktujte prosím obchod.',
  errorMspCurrency: 'Tuto měnu nelze pro tuto platbu použít. Zvolte prosím jiný způsob platby.',
  errorMspOrderId:
    'Tato objednávka už byla zaplacena nebo ji nelze zaplatit znovu. Obnovte prosím stránku nebo kontaktujte obchod.',
  errorMspPaymentStarted:
    'Platba této objednávky už byla zahájena v jiném okně nebo panelu. Dokončete ji prosím tam, nebo kontaktujte obchod.',
  errorMspDescription: 'Popis objednávky je neplatný. Kontaktujte prosím obchod.',
  errorMspCountry: 'Tento způsob platby není ve vaší zemi dostupný. Zvolte prosím jiný.',
  errorMspShopUnavailable: 'Platby jsou v tomto obchodě dočasně nedostupné. Zkuste to prosím později.',
  errorMspGatewayUnavailable: 'Tento způsob platby teď není dostupný. Zvolte prosím jiný.',
  errorMspDeclined: 'Platba byla zamítnuta. Zvolte prosím jiný způsob platby.',
  mspDetail: 'Podrobnosti:',
  gatewayNames: {
    CREDITCARD: 'Platba kartou',
    BANKTRANS: 'Bankovní převod',
    DIRDEB: 'Inkaso',
    EINVOICE: 'Elektronická faktura',
    BNPL_MF: 'Platba po doručení',
    BNPL_INSTM: 'Platba po doručení na splátky',
    DBRTP: 'Žádost o platbu',
    MONIECO: 'Ekologická poukázka Monizze',
    MONIGIFT: 'Dárková poukázka Monizze',
    MONIMEAL: 'Stravenka Monizze',
    VRGIFTCARD: 'Dárková karta Vuur & rook',
  },
};

export default cs;
