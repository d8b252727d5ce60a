import type { CheckoutStrings } from '../strings.js';

/** Chinese, Simplified (简体中文). */
const zh: CheckoutStrings = {
  legend: '支付方式',
  redirectNotice: '您将在所选支付方式的安全页面上完成付款。',
  payAmount: '支付 {amount}',
  pay: '支付',
  processing: '正在处理…',
  redirecting: '正在跳转到支付页面…',
  noGateways: '此订单暂无可用的支付方式。',
  loadingGateways: '正在加载支付方式…',
  gatewaysFailed: '无法加载支付方式。',
  retry: '重试',
  moreGateways: '更多支付方式（{count}）',
  errorNoGatewaySelected: '请选择支付方式。',
  errorConfig: '结账功能配置有误。',
  errorNetwork: '无法连接到商家。请检查网络连接后重试。',
  errorTimeout: '商家响应超时，请重试。',
  errorHttp: '商家无法发起支付（错误 {status}），请重试。',
  errorUnexpectedResponse: '商家返回了异常响应，请重试。',
  errorPaymentUrl: '无法验证支付页面的地址，因此未打开该页面。请联系商家。',
  errorNavigationBlocked: '无法从当前页面打开支付页面。请联系商家。',
  errorMspGeneric: '无法发起支付，请重试。',
  errorMspAmount: '此订单的金额无效。请联系商家。',
  errorMspCurrency: '此次支付不支持该币种。请选择其他支付方式。',
  errorMspOrderId: '此订单已支付或无法再次支付。请刷新页面或联系商家。',
  errorMspPaymentStarted: '此订单的支付已在另一个窗口或标签页中开始。请在那里完成支付，或联系商家。',
  errorMspDescription: '订单描述无效。请联系商家。',
  errorMspCountry: '此支付方式在您所在的国家/地区不可用。请选择其他支付方式。',
  errorMspShopUnavailable: '该商家暂时无法收款。请稍后重试。',
  errorMspGatewayUnavailable: '此支付方式暂时不可用。请选择其他支付方式。',
  errorMspDeclined: '支付被拒绝。请选择其他支付方式。',
  mspDetail: '详细信息：',
  gatewayNames: { BANKTRANS: '银行转账', ALIPAY: '支付宝', WECHAT: '微信支付' },
};

export default zh;
