import type { StatusStrings } from '../strings.js';

/** Spanish (Español). */
const es: StatusStrings = {
  checking: 'Comprobando tu pago…',
  completed: '¡Gracias! Hemos recibido tu pago.',
  pending: 'Tu pago se está procesando. Esta página se actualiza sola.',
  pendingLimit:
    'Tu pago todavía se está procesando. La tienda te confirmará el pedido por correo electrónico en cuanto se complete el pago.',
  cancelled: 'El pago se ha cancelado. No se ha cobrado nada.',
  declined: 'El pago ha sido rechazado. No se ha cobrado nada.',
  expired: 'El pago no se completó a tiempo y ha caducado. No se ha cobrado nada.',
  void: 'El pago se ha anulado. No se ha cobrado nada.',
  refunded: 'Este pago ha sido reembolsado.',
  chargeback: 'Tu banco ha revertido este pago (contracargo). Ponte en contacto con la tienda.',
  unknownOrder: 'No hemos encontrado este pedido. Ponte en contacto con la tienda.',
  offline: 'No tienes conexión. Volveremos a comprobar el pago en cuanto vuelvas a estar en línea.',
  unavailable: 'No se ha podido comprobar el estado de tu pago.',
  errorNetwork: 'No hemos podido conectar con la tienda. Comprueba tu conexión a internet y vuelve a intentarlo.',
  errorTimeout: 'La tienda ha tardado demasiado en responder. Vuelve a intentarlo.',
  errorHttp: 'La tienda no ha podido comprobar tu pago (error {status}). Vuelve a intentarlo.',
  errorUnexpectedResponse: 'La tienda ha enviado una respuesta inesperada. Vuelve a intentarlo.',
  errorConfig: 'Esta página no está configurada correctamente.',
  retry: 'Volver a intentarlo',
};

export default es;
