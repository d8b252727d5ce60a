import type { CheckoutStrings } from '../strings.js';

/** Japanese (日本語), one of the 19 languages of MultiSafepay's payment pages (MultiSafepay/docs content/checkout/payment-pages.md). */
const ja: CheckoutStrings = {
  legend: '支払い方法',
  redirectNotice: '「支払う」を押すと、安全な支払いページに移動します。',
  payAmount: '{amount} を支払う',
  pay: '支払う',
  processing: '処理中…',
  redirecting: '支払いページに移動しています…',
  noGateways: 'この注文でご利用いただける支払い方法はありません。',
  loadingGateways: '支払い方法を読み込んでいます…',
  gatewaysFailed: '支払い方法を読み込めませんでした。',
  errorGatewayList: 'しばらくしてからもう一度お試しください。',
  gatewaysLoaded: '支払い方法を読み込みました：{count} 件。',
  selectionDropped:
    '選択した支払い方法は、この注文ではご利用いただけなくなりました。別の支払い方法を選択してください。',
  retry: 'もう一度試す',
  moreGateways: 'その他の支払い方法（{count}）',
  errorNoGatewaySelected: '支払い方法を選択してください。',
  errorConfig: 'この決済画面は正しく設定されていません。ショップにお問い合わせください。',
  errorNetwork: 'ショップに接続できませんでした。接続を確認して、もう一度お試しください。',
  errorTimeout: 'ショップの応答に時間がかかりすぎました。もう一度お試しください。',
  errorHttp: 'ショップが支払いを開始できませんでした（エラー {status}）。もう一度お試しください。',
  errorUnexpectedResponse: 'ショップから予期しない応答がありました。もう一度お試しください。',
  errorPaymentUrl:
    '支払いページのアドレスを確認できなかったため、ページを開きませんでした。ショップにお問い合わせください。',
  errorNavigationBlocked: 'このページから支払いページを開けませんでした。ショップにお問い合わせください。',
  errorMspGeneric: '支払いを開始できませんでした。もう一度お試しください。',
  errorMspAmount: 'この注文の金額が正しくありません。ショップにお問い合わせください。',
  errorMspCurrency: 'この通貨はこの支払いには使用できません。別の支払い方法を選択してください。',
  errorMspOrderId:
    'この注文はすでに支払い済みか、再度支払うことができません。ページを更新するか、ショップにお問い合わせください。',
  errorMspPaymentStarted:
    'この注文の支払いは、別のウィンドウまたはタブですでに開始されています。そちらで完了するか、ショップにお問い合わせください。',
  errorMspDescription: '注文の説明が正しくありません。ショップにお問い合わせください。',
  errorMspCountry: 'この支払い方法はお住まいの国ではご利用いただけません。別の支払い方法を選択してください。',
  errorMspShopUnavailable:
    'このショップでは現在、一時的にお支払いをご利用いただけません。しばらくしてからもう一度お試しください。',
  errorMspGatewayUnavailable: 'この支払い方法は現在ご利用いただけません。別の支払い方法を選択してください。',
  errorMspDeclined: '支払いが拒否されました。別の支払い方法を選択してください。',
  mspDetail: '詳細：',
  gatewayNames: {
    CREDITCARD: 'カード決済',
    BANKTRANS: '銀行振込',
    DIRDEB: '口座振替',
    EINVOICE: '電子請求書',
    BNPL_MF: '商品到着後払い',
    BNPL_INSTM: '商品到着後の分割払い',
    DBRTP: '支払いリクエスト',
    MONIECO: 'Monizze エコ商品券',
    MONIGIFT: 'Monizze ギフト券',
    MONIMEAL: 'Monizze 食事券',
    VRGIFTCARD: 'Vuur & rook ギフトカード',
  },
};

export default ja;
