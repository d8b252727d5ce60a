import type { CheckoutStrings } from '../strings.js';

/** Spanish (Español). */
const es: CheckoutStrings = {
  legend: 'Método de pago',
  redirectNotice: 'Al pulsar «Pagar», continuarás en una página de pago segura.',
  payAmount: 'Pagar {amount}',
  pay: 'Pagar',
  processing: 'Procesando…',
  redirecting: 'Redirigiendo a la página de pago…',
  noGateways: 'No hay ningún método de pago disponible para este pedido.',
  loadingGateways: 'Cargando métodos de pago…',
  gatewaysFailed: 'No se han podido cargar los métodos de pago.',
  errorGatewayList: 'Vuelve a intentarlo en unos momentos.',
  gatewaysLoaded: 'Métodos de pago cargados: {count}.',
  selectionDropped: 'El método de pago que elegiste ya no está disponible para este pedido. Elige otro.',
  retry: 'Volver a intentarlo',
  moreGateways: 'Más métodos de pago ({count})',
  errorNoGatewaySelected: 'Elige un método de pago.',
  errorConfig: 'El proceso de pago no está configurado correctamente. Ponte en contacto con la tienda.',
  errorNetwork: 'No hemos podido conectar con la tienda. Comprueba tu conexión a internet y vuelve a intentarlo.',
  errorTimeout: 'La tienda ha tardado demasiado en responder. Vuelve a intentarlo.',
  errorHttp: 'La tienda no ha podido iniciar el pago (error {status}). Vuelve a intentarlo.',
  errorUnexpectedResponse: 'La tienda ha enviado una respuesta inesperada. Vuelve a intentarlo.',
  errorPaymentUrl:
    'No hemos podido verificar la dirección de la página de pago, así que no la hemos abierto. Ponte en contacto con la tienda.',
  errorNavigationBlocked: 'No se puede abrir la página de pago desde esta página. Ponte en contacto con la tienda.',
  errorMspGeneric: 'No se ha podido iniciar el pago. Vuelve a intentarlo.',
  errorMspAmount: 'El importe de este pedido no es válido. Ponte en contacto con la tienda.',
  errorMspCurrency: 'Esta moneda no se puede usar para este pago. Elige otro método de pago.',
  errorMspOrderId:
    'Este pedido ya se ha pagado o no se puede volver a pagar. Actualiza la página o ponte en contacto con la tienda.',
  errorMspPaymentStarted:
    'El pago de este pedido ya se inició en otra ventana o pestaña. Complétalo allí o ponte en contacto con la tienda.',
  errorMspDescription: 'La descripción del pedido no es válida. Ponte en contacto con la tienda.',
  errorMspCountry: 'Este método de pago no está disponible en tu país. Elige otro.',
  errorMspShopUnavailable:
    'Los pagos no están disponibles temporalmente en esta tienda. Vuelve a intentarlo más tarde.',
  errorMspGatewayUnavailable: 'Este método de pago no está disponible en este momento. Elige otro.',
  errorMspDeclined: 'Se ha rechazado el pago. Elige otro método de pago.',
  mspDetail: 'Detalles:',
  gatewayNames: {
    CREDITCARD: 'Pago con tarjeta',
    BANKTRANS: 'Transferencia bancaria',
    DIRDEB: 'Domiciliación bancaria',
    EINVOICE: 'Factura electrónica',
    BNPL_MF: 'Pago tras la entrega',
    BNPL_INSTM: 'Pago tras la entrega a plazos',
    DBRTP: 'Solicitud de pago',
    MONIECO: 'Vale ecológico Monizze',
    MONIGIFT: 'Vale regalo Monizze',
    MONIMEAL: 'Vale de comida Monizze',
    VRGIFTCARD: 'Tarjeta regalo Vuur & rook',
  },
};

export default es;
