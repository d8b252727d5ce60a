import type { StatusStrings } from '../strings.js';

/** Czech (Čeština). */
const cs: StatusStrings = {
  checking: 'Ověřujeme vaši platbu…',
  completed: 'Děkujeme! Vaše platba byla přijata.',
  pending: 'Vaše platba se zpracovává. Tato stránka se aktualizuje sama.',
  pendingLimit:
    'Vaše platba se stále zpracovává. Obchod vám objednávku potvrdí e-mailem, jakmile bude platba dokončena.',
  cancelled: 'Platba byla zrušena. Nic vám nebylo účtováno.',
  declined: 'Platba byla zamítnuta. Nic vám nebylo účtováno.',
  expired: 'Platba nebyla dokončena včas a vypršela. Nic vám nebylo účtováno.',
  void: 'Platba byla stornována. Nic vám nebylo účtováno.',
  refunded: 'Tato platba byla vrácena.',
  chargeback: 'Tuto platbu vaše banka stornovala (chargeback). Kontaktujte prosím obchod.',
  unknownOrder: 'Tuto objednávku se nepodařilo najít. Kontaktujte prosím obchod.',
  offline: 'Jste offline. Platbu znovu ověříme, jakmile budete opět online.',
  unavailable: 'Stav vaší platby se nepodařilo ověřit.',
  errorNetwork: 'Nepodařilo se spojit s obchodem. Zkontrolujte připojení k internetu a zkuste to znovu.',
  errorTimeout: 'Obchod neodpověděl včas. Zkuste to prosím znovu.',
  errorHttp: 'Obchod nemohl ověřit vaši platbu (chyba {status}). Zkuste to prosím znovu.',
  errorUnexpectedResponse: 'Obchod vrátil neočekávanou odpověď. Zkuste to prosím znovu.',
  errorConfig: 'Tato stránka není správně nastavena.',
  retry: 'Zkusit znovu',
};

export default cs;
