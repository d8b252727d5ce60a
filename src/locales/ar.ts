import type { CheckoutStrings } from '../checkout-strings.js';

/** Arabic (العربية). */
const ar: CheckoutStrings = {
  legend: 'طريقة الدفع',
  redirectNotice: 'ستُكمل الدفع على الصفحة الآمنة لطريقة الدفع التي تختارها.',
  payAmount: 'ادفع {amount}',
  pay: 'ادفع',
  processing: 'جارٍ المعالجة…',
  redirecting: 'جارٍ الانتقال إلى صفحة الدفع…',
  noGateways: 'لا تتوفر أي طريقة دفع لهذا الطلب.',
  loadingGateways: 'جارٍ تحميل طرق الدفع…',
  gatewaysFailed: 'تعذّر تحميل طرق الدفع.',
  errorGatewayList: 'يُرجى المحاولة مرة أخرى بعد قليل.',
  gatewaysLoaded: 'تم تحميل طرق الدفع: {count}.',
  selectionDropped: 'لم تعد طريقة الدفع التي اخترتها متاحة لهذا الطلب. اختر طريقة أخرى.',
  retry: 'إعادة المحاولة',
  moreGateways: 'طرق دفع أخرى ({count})',
  errorNoGatewaySelected: 'يُرجى اختيار طريقة دفع.',
  errorConfig: 'لم يتم إعداد نموذج الدفع بشكل صحيح. يُرجى التواصل مع المتجر.',
  errorNetwork: 'تعذّر الاتصال بالمتجر. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  errorTimeout: 'استغرق المتجر وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى.',
  errorHttp: 'تعذّر على المتجر بدء عملية الدفع (الخطأ {status}). يُرجى المحاولة مرة أخرى.',
  errorUnexpectedResponse: 'أرسل المتجر ردًا غير متوقع. يُرجى المحاولة مرة أخرى.',
  errorPaymentUrl: 'تعذّر التحقق من عنوان صفحة الدفع، لذلك لم نفتحها. يُرجى التواصل مع المتجر.',
  errorNavigationBlocked: 'لا يمكن فتح صفحة الدفع من هذه الصفحة. يُرجى التواصل مع المتجر.',
  errorMspGeneric: 'تعذّر بدء عملية الدفع. يُرجى المحاولة مرة أخرى.',
  errorMspAmount: 'مبلغ هذا الطلب غير صالح. يُرجى التواصل مع المتجر.',
  errorMspCurrency: 'لا يمكن استخدام هذه العملة في عملية الدفع هذه. يُرجى اختيار طريقة دفع أخرى.',
  errorMspOrderId: 'تم دفع هذا الطلب مسبقًا أو لا يمكن دفعه مرة أخرى. يُرجى تحديث الصفحة أو التواصل مع المتجر.',
  errorMspPaymentStarted:
    'بدأ دفع هذا الطلب بالفعل في نافذة أو علامة تبويب أخرى. يُرجى إكماله هناك أو التواصل مع المتجر.',
  errorMspDescription: 'وصف الطلب غير صالح. يُرجى التواصل مع المتجر.',
  errorMspCountry: 'طريقة الدفع هذه غير متاحة في بلدك. يُرجى اختيار طريقة دفع أخرى.',
  errorMspShopUnavailable: 'الدفع غير متاح مؤقتًا في هذا المتجر. يُرجى المحاولة لاحقًا.',
  errorMspGatewayUnavailable: 'طريقة الدفع هذه غير متاحة حاليًا. يُرجى اختيار طريقة دفع أخرى.',
  errorMspDeclined: 'تم رفض عملية الدفع. يُرجى اختيار طريقة دفع أخرى.',
  mspDetail: 'التفاصيل:',
  gatewayNames: { BANKTRANS: 'تحويل بنكي' },
};

export default ar;
