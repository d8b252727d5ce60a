import type { StatusStrings } from '../strings.js';

/** French (Français). */
const fr: StatusStrings = {
  checking: 'Vérification de votre paiement…',
  completed: 'Merci ! Votre paiement a bien été reçu.',
  pending: 'Votre paiement est en cours de traitement. Cette page se met à jour automatiquement.',
  pendingLimit:
    'Votre paiement est toujours en cours de traitement. La boutique vous confirmera votre commande par e-mail dès que le paiement sera finalisé.',
  cancelled: 'Le paiement a été annulé. Aucun montant n’a été débité.',
  declined: 'Le paiement a été refusé. Aucun montant n’a été débité.',
  expired: 'Le paiement n’a pas été finalisé à temps et a expiré. Aucun montant n’a été débité.',
  void: 'Le paiement a été annulé par la boutique. Aucun montant n’a été débité.',
  refunded: 'Ce paiement a été remboursé.',
  chargeback:
    'Ce paiement a été contesté et annulé par votre banque (rétrofacturation). Veuillez contacter la boutique.',
  unknownOrder: 'Nous n’avons pas trouvé cette commande. Veuillez contacter la boutique.',
  offline: 'Vous êtes hors ligne. Le paiement sera vérifié à nouveau dès votre retour en ligne.',
  unavailable: 'Le statut de votre paiement n’a pas pu être vérifié.',
  errorNetwork: 'Impossible de joindre la boutique. Vérifiez votre connexion Internet, puis réessayez.',
  errorTimeout: 'La boutique a mis trop de temps à répondre. Veuillez réessayer.',
  errorHttp: 'La boutique n’a pas pu vérifier votre paiement (erreur {status}). Veuillez réessayer.',
  errorUnexpectedResponse: 'La boutique a envoyé une réponse inattendue. Veuillez réessayer.',
  errorConfig: 'Cette page n’est pas correctement configurée.',
  retry: 'Réessayer',
};

export default fr;
