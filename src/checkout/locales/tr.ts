import type { CheckoutStrings } from '../strings.js';

/** Turkish (Türkçe). */
const tr: CheckoutStrings = {
  legend: 'Ödeme yöntemi',
  redirectNotice: '“Öde” düğmesine bastıktan sonra güvenli bir ödeme sayfasına yönlendirileceksiniz.',
  payAmount: '{amount} öde',
  pay: 'Öde',
  processing: 'İşleniyor…',
  redirecting: 'Ödeme sayfasına yönlendiriliyorsunuz…',
  noGateways: 'Bu sipariş için kullanılabilir bir ödeme yöntemi yok.',
  loadingGateways: 'Ödeme yöntemleri yükleniyor…',
  gatewaysFailed: 'Ödeme yöntemleri yüklenemedi.',
  errorGatewayList: 'Lütfen biraz sonra tekrar deneyin.',
  gatewaysLoaded: 'Yüklenen ödeme yöntemi sayısı: {count}.',
  selectionDropped: 'Seçtiğiniz ödeme yöntemi artık bu sipariş için kullanılamıyor. Lütfen başka bir yöntem seçin.',
  retry: 'Tekrar dene',
  moreGateways: 'Diğer ödeme yöntemleri ({count})',
  errorNoGatewaySelected: 'Lütfen bir ödeme yöntemi seçin.',
  errorConfig: 'Ödeme formu doğru şekilde yapılandırılmamış. Lütfen mağazayla iletişime geçin.',
  errorNetwork: 'Mağazaya ulaşılamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',
  errorTimeout: 'Mağaza zamanında yanıt vermedi. Lütfen tekrar deneyin.',
  errorHttp: 'Mağaza ödemeyi başlatamadı (hata {status}). Lütfen tekrar deneyin.',
  errorUnexpectedResponse: 'Mağazadan beklenmeyen bir yanıt geldi. Lütfen tekrar deneyin.',
  errorPaymentUrl: 'Ödeme sayfasının adresi doğrulanamadığı için sayfa açılmadı. Lütfen mağazayla iletişime geçin.',
  errorNavigationBlocked: 'Ödeme sayfası bu sayfadan açılamıyor. Lütfen mağazayla iletişime geçin.',
  errorMspGeneric: 'Ödeme başlatılamadı. Lütfen tekrar deneyin.',
  errorMspAmount: 'Bu siparişin tutarı geçersiz. Lütfen mağazayla iletişime geçin.',
  errorMspCurrency: 'Bu para birimi bu ödemede kullanılamaz. Lütfen başka bir ödeme yöntemi seçin.',
  errorMspOrderId:
    'Bu sipariş zaten ödenmiş veya tekrar ödenemiyor. Lütfen sayfayı yenileyin ya da mağazayla iletişime geçin.',
  errorMspPaymentStarted:
    'Bu siparişin ödemesi başka bir pencerede veya sekmede zaten başlatıldı. Lütfen ödemeyi orada tamamlayın ya da mağazayla iletişime geçin.',
  errorMspDescription: 'Sipariş açıklaması geçersiz. Lütfen mağazayla iletişime geçin.',
  errorMspCountry: 'Bu ödeme yöntemi ülkenizde kullanılamıyor. Lütfen başka bir ödeme yöntemi seçin.',
  errorMspShopUnavailable: 'Bu mağazada ödeme geçici olarak yapılamıyor. Lütfen daha sonra tekrar deneyin.',
  errorMspGatewayUnavailable: 'Bu ödeme yöntemi şu anda kullanılamıyor. Lütfen başka bir ödeme yöntemi seçin.',
  errorMspDeclined: 'Ödeme reddedildi. Lütfen başka bir ödeme yöntemi seçin.',
  mspDetail: 'Ayrıntılar:',
  gatewayNames: {
    CREDITCARD: 'Kartla ödeme',
    BANKTRANS: 'Banka havalesi',
    DIRDEB: 'Doğrudan borçlandırma',
    EINVOICE: 'E-fatura',
    BNPL_MF: 'Teslimattan sonra ödeme',
    BNPL_INSTM: 'Teslimattan sonra taksitle ödeme',
    DBRTP: 'Ödeme talebi',
  },
};

export default tr;
