import type { CheckoutStrings } from '../strings.js';

/** French (Français). */
const fr: CheckoutStrings = {
  legend: 'Moyen de paiement',
  redirectNotice: '«\u00a0Payer\u00a0» vous mène à une page de paiement sécurisée.',
  payAmount: 'Payer {amount}',
  pay: 'Payer',
  processing: 'Traitement en cours…',
  redirecting: 'Redirection vers la page de paiement…',
  noGateways: 'Aucun moyen de paiement n’est disponible pour cette commande.',
  loadingGateways: 'Chargement des moyens de paiement…',
  gatewaysFailed: 'Les moyens de paiement n’ont pas pu être chargés.',
  errorGatewayList: 'Veuillez réessayer dans un instant.',
  gatewaysLoaded: 'Moyens de paiement chargés\u00a0: {count}.',
  selectionDropped:
    'Le moyen de paiement choisi n’est plus disponible pour cette commande. Veuillez en choisir un autre.',
  retry: 'Réessayer',
  moreGateways: 'Autres moyens de paiement ({count})',
  errorNoGatewaySelected: 'Veuillez choisir un moyen de paiement.',
  errorConfig: 'Ce module de paiement n’est pas correctement configuré. Veuillez contacter la boutique.',
  errorNetwork: 'Impossible de joindre la boutique. Vérifiez votre connexion Internet, puis réessayez.',
  errorTimeout: 'La boutique a mis trop de temps à répondre. Veuillez réessayer.',
  errorHttp: 'La boutique n’a pas pu lancer le paiement (erreur {status}). Veuillez réessayer.',
  errorUnexpectedResponse: 'La boutique a envoyé une réponse inattendue. Veuillez réessayer.',
  errorPaymentUrl:
    'Nous n’avons pas pu vérifier l’adresse de la page de paiement, elle n’a donc pas été ouverte. Veuillez contacter la boutique.',
  errorNavigationBlocked:
    'La page de paiement ne peut pas être ouverte depuis cette page. Veuillez contacter la boutique.',
  errorMspGeneric: 'Le paiement n’a pas pu être lancé. Veuillez réessayer.',
  errorMspAmount: 'Le montant de cette commande n’est pas valide. Veuillez contacter la boutique.',
  errorMspCurrency:
    'Cette devise ne peut pas être utilisée pour ce paiement. Veuillez choisir un autre moyen de paiement.',
  errorMspOrderId:
    'Cette commande a déjà été payée ou ne peut plus être payée. Veuillez actualiser la page ou contacter la boutique.',
  errorMspPaymentStarted:
    'Le paiement de cette commande a déjà été commencé dans une autre fenêtre ou un autre onglet. Veuillez le terminer là-bas ou contacter la boutique.',
  errorMspDescription: 'La description de la commande n’est pas valide. Veuillez contacter la boutique.',
  errorMspCountry: 'Ce moyen de paiement n’est pas disponible dans votre pays. Veuillez en choisir un autre.',
  errorMspShopUnavailable:
    'Les paiements sont temporairement indisponibles sur cette boutique. Veuillez réessayer plus tard.',
  errorMspGatewayUnavailable: 'Ce moyen de paiement est momentanément indisponible. Veuillez en choisir un autre.',
  errorMspDeclined: 'Le paiement a été refusé. Veuillez choisir un autre moyen de paiement.',
  // French sets a no-break space before a colon.
  mspDetail: 'Détails\u00a0:',
  gatewayNames: {
    CREDITCARD: 'Paiement par carte',
    BANKTRANS: 'Virement bancaire',
    DIRDEB: 'Prélèvement bancaire',
    EINVOICE: 'Facture électronique',
    BNPL_MF: 'Paiement après livraison',
    BNPL_INSTM: 'Paiement après livraison en plusieurs fois',
    DBRTP: 'Demande de paiement',
    MONIECO: 'Éco-chèque Monizze',
    MONIGIFT: 'Chèque-cadeau Monizze',
    MONIMEAL: 'Chèque-repas Monizze',
    VRGIFTCARD: 'Carte-cadeau Vuur & rook',
  },
};

export default fr;
