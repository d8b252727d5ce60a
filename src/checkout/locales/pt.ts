import type { CheckoutStrings } from '../strings.js';

/** Portuguese (Português, European). */
const pt: CheckoutStrings = {
  legend: 'Método de pagamento',
  redirectNotice: 'Ao selecionar «Pagar», segue para uma página de pagamento segura.',
  payAmount: 'Pagar {amount}',
  pay: 'Pagar',
  processing: 'A processar…',
  redirecting: 'A redirecionar para a página de pagamento…',
  noGateways: 'Não há nenhum método de pagamento disponível para esta encomenda.',
  loadingGateways: 'A carregar os métodos de pagamento…',
  gatewaysFailed: 'Não foi possível carregar os métodos de pagamento.',
  errorGatewayList: 'Tente novamente dentro de momentos.',
  gatewaysLoaded: 'Métodos de pagamento carregados: {count}.',
  selectionDropped: 'O método de pagamento escolhido já não está disponível para esta encomenda. Escolha outro.',
  retry: 'Tentar novamente',
  moreGateways: 'Mais métodos de pagamento ({count})',
  errorNoGatewaySelected: 'Escolha um método de pagamento.',
  errorConfig: 'O módulo de pagamento não está configurado corretamente. Contacte a loja.',
  errorNetwork: 'Não foi possível contactar a loja. Verifique a sua ligação à internet e tente novamente.',
  errorTimeout: 'A loja demorou demasiado tempo a responder. Tente novamente.',
  errorHttp: 'A loja não conseguiu iniciar o pagamento (erro {status}). Tente novamente.',
  errorUnexpectedResponse: 'A loja enviou uma resposta inesperada. Tente novamente.',
  errorPaymentUrl:
    'Não foi possível verificar o endereço da página de pagamento, por isso não a abrimos. Contacte a loja.',
  errorNavigationBlocked: 'Não é possível abrir a página de pagamento a partir desta página. Contacte a loja.',
  errorMspGeneric: 'Não foi possível iniciar o pagamento. Tente novamente.',
  errorMspAmount: 'O valor desta encomenda não é válido. Contacte a loja.',
  errorMspCurrency: 'Não é possível utilizar esta moeda neste pagamento. Escolha outro método de pagamento.',
  errorMspOrderId: 'Esta encomenda já foi paga ou não pode voltar a ser paga. Atualize a página ou contacte a loja.',
  errorMspPaymentStarted:
    'O pagamento desta encomenda já foi iniciado noutra janela ou separador. Conclua-o aí ou contacte a loja.',
  errorMspDescription: 'A descrição da encomenda não é válida. Contacte a loja.',
  errorMspCountry: 'Este método de pagamento não está disponível no seu país. Escolha outro.',
  errorMspShopUnavailable: 'Os pagamentos estão temporariamente indisponíveis nesta loja. Tente novamente mais tarde.',
  errorMspGatewayUnavailable: 'Este método de pagamento não está disponível de momento. Escolha outro.',
  errorMspDeclined: 'O pagamento foi recusado. Escolha outro método de pagamento.',
  mspDetail: 'Detalhes:',
  gatewayNames: {
    CREDITCARD: 'Pagamento com cartão',
    BANKTRANS: 'Transferência bancária',
    DIRDEB: 'Débito direto',
    EINVOICE: 'Fatura eletrónica',
    BNPL_MF: 'Pagamento após a entrega',
    BNPL_INSTM: 'Pagamento após a entrega em prestações',
    DBRTP: 'Pedido de pagamento',
  },
};

export default pt;
