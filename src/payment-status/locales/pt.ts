import type { StatusStrings } from '../strings.js';

/** Portuguese (Português, European). */
const pt: StatusStrings = {
  checking: 'A verificar o seu pagamento…',
  completed: 'Obrigado! O seu pagamento foi recebido.',
  pending: 'O seu pagamento está a ser processado. Esta página atualiza-se sozinha.',
  pendingLimit:
    'O seu pagamento ainda está a ser processado. A loja confirmará a sua encomenda por e-mail assim que o pagamento estiver concluído.',
  cancelled: 'O pagamento foi cancelado. Não foi cobrado nada.',
  declined: 'O pagamento foi recusado. Não foi cobrado nada.',
  expired: 'O pagamento não foi concluído a tempo e expirou. Não foi cobrado nada.',
  void: 'O pagamento foi anulado. Não foi cobrado nada.',
  refunded: 'Este pagamento foi reembolsado.',
  chargeback: 'Este pagamento foi revertido pelo seu banco (chargeback). Contacte a loja.',
  unknownOrder: 'Não encontrámos esta encomenda. Contacte a loja.',
  offline: 'Está offline. O pagamento será verificado novamente assim que voltar a estar online.',
  unavailable: 'Não foi possível verificar o estado do seu pagamento.',
  errorNetwork: 'Não foi possível contactar a loja. Verifique a sua ligação à internet e tente novamente.',
  errorTimeout: 'A loja demorou demasiado tempo a responder. Tente novamente.',
  errorHttp: 'A loja não conseguiu verificar o seu pagamento (erro {status}). Tente novamente.',
  errorUnexpectedResponse: 'A loja enviou uma resposta inesperada. Tente novamente.',
  errorConfig: 'Esta página não está configurada corretamente.',
  retry: 'Tentar novamente',
};

export default pt;
