import type { CheckoutStrings } from '../strings.js';

/** Hebrew (עברית). */
const he: CheckoutStrings = {
  legend: 'אמצעי תשלום',
  redirectNotice: 'את התשלום משלימים בדף המאובטח של אמצעי התשלום שבחרת.',
  payAmount: 'לתשלום {amount}',
  pay: 'לתשלום',
  processing: 'בעיבוד…',
  redirecting: 'מעבירים אותך לדף התשלום…',
  noGateways: 'אין אמצעי תשלום זמין להזמנה הזו.',
  loadingGateways: 'אמצעי התשלום בטעינה…',
  gatewaysFailed: 'לא ניתן היה לטעון את אמצעי התשלום.',
  retry: 'לנסות שוב',
  moreGateways: 'אמצעי תשלום נוספים ({count})',
  errorNoGatewaySelected: 'יש לבחור אמצעי תשלום.',
  errorConfig: 'טופס התשלום לא הוגדר כראוי.',
  errorNetwork: 'לא הצלחנו להתחבר לחנות. יש לבדוק את החיבור לאינטרנט ולנסות שוב.',
  errorTimeout: 'החנות לא הגיבה בזמן. נא לנסות שוב.',
  errorHttp: 'החנות לא הצליחה להתחיל את התשלום (שגיאה {status}). נא לנסות שוב.',
  errorUnexpectedResponse: 'התקבלה מהחנות תשובה לא צפויה. נא לנסות שוב.',
  errorPaymentUrl: 'לא הצלחנו לאמת את הכתובת של דף התשלום, ולכן לא פתחנו אותו. יש לפנות לחנות.',
  errorNavigationBlocked: 'לא ניתן לפתוח את דף התשלום מהדף הזה. יש לפנות לחנות.',
  errorMspGeneric: 'לא ניתן היה להתחיל את התשלום. נא לנסות שוב.',
  errorMspAmount: 'הסכום של ההזמנה הזו אינו תקין. יש לפנות לחנות.',
  errorMspCurrency: 'לא ניתן להשתמש במטבע הזה בתשלום הזה. יש לבחור אמצעי תשלום אחר.',
  errorMspOrderId: 'ההזמנה הזו כבר שולמה או שלא ניתן לשלם עליה שוב. יש לרענן את הדף או לפנות לחנות.',
  errorMspPaymentStarted: 'התשלום על ההזמנה הזו כבר התחיל בחלון או בכרטיסייה אחרים. יש להשלים אותו שם או לפנות לחנות.',
  errorMspDescription: 'תיאור ההזמנה אינו תקין. יש לפנות לחנות.',
  errorMspCountry: 'אמצעי התשלום הזה אינו זמין במדינה שלך. יש לבחור אמצעי תשלום אחר.',
  errorMspShopUnavailable: 'לא ניתן לשלם בחנות הזו באופן זמני. נא לנסות שוב מאוחר יותר.',
  errorMspGatewayUnavailable: 'אמצעי התשלום הזה אינו זמין כרגע. יש לבחור אמצעי תשלום אחר.',
  errorMspDeclined: 'התשלום נדחה. יש לבחור אמצעי תשלום אחר.',
  mspDetail: 'פרטים:',
  gatewayNames: { BANKTRANS: 'העברה בנקאית' },
};

export default he;
