import type { StatusStrings } from '../strings.js';

/** Chinese, Simplified (简体中文). */
const zh: StatusStrings = {
  checking: '正在查询您的付款…',
  completed: '谢谢！您的付款已收到。',
  pending: '您的付款正在处理中，本页面会自动更新。',
  pendingLimit: '您的付款仍在处理中。付款完成后，商家将通过电子邮件确认您的订单。',
  cancelled: '付款已取消，未扣除任何款项。',
  declined: '付款被拒绝，未扣除任何款项。',
  expired: '付款未在规定时间内完成，已过期，未扣除任何款项。',
  void: '付款已作废，未扣除任何款项。',
  refunded: '这笔付款已退款。',
  chargeback: '您的银行已撤销这笔付款（拒付）。请联系商家。',
  unknownOrder: '未找到此订单。请联系商家。',
  offline: '您已离线。恢复联网后将重新查询付款状态。',
  unavailable: '无法查询您的付款状态。',
  errorNetwork: '无法连接到商家。请检查网络连接后重试。',
  errorTimeout: '商家响应超时，请重试。',
  errorHttp: '商家无法查询您的付款（错误 {status}），请重试。',
  errorUnexpectedResponse: '商家返回了异常响应，请重试。',
  errorConfig: '此页面配置有误。',
  retry: '重试',
};

export default zh;
