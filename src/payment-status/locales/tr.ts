import type { StatusStrings } from '../strings.js';

/** Turkish (Türkçe). */
const tr: StatusStrings = {
  checking: 'Ödemeniz kontrol ediliyor…',
  completed: 'Teşekkürler! Ödemeniz alındı.',
  pending: 'Ödemeniz işleniyor. Bu sayfa kendiliğinden güncellenir.',
  pendingLimit: 'Ödemeniz hâlâ işleniyor. Ödeme tamamlanır tamamlanmaz mağaza siparişinizi e-postayla onaylayacak.',
  cancelled: 'Ödeme iptal edildi. Hiçbir ücret alınmadı.',
  declined: 'Ödeme reddedildi. Hiçbir ücret alınmadı.',
  expired: 'Ödeme zamanında tamamlanmadı ve süresi doldu. Hiçbir ücret alınmadı.',
  void: 'Ödeme geçersiz kılındı. Hiçbir ücret alınmadı.',
  refunded: 'Bu ödeme iade edildi.',
  chargeback: 'Bu ödeme bankanız tarafından geri alındı (ters ibraz). Lütfen mağazayla iletişime geçin.',
  unknownOrder: 'Bu sipariş bulunamadı. Lütfen mağazayla iletişime geçin.',
  offline: 'Çevrimdışısınız. Tekrar çevrimiçi olduğunuzda ödeme yeniden kontrol edilecek.',
  unavailable: 'Ödemenizin durumu kontrol edilemedi.',
  errorNetwork: 'Mağazaya ulaşılamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',
  errorTimeout: 'Mağaza zamanında yanıt vermedi. Lütfen tekrar deneyin.',
  errorHttp: 'Mağaza ödemenizi kontrol edemedi (hata {status}). Lütfen tekrar deneyin.',
  errorUnexpectedResponse: 'Mağazadan beklenmeyen bir yanıt geldi. Lütfen tekrar deneyin.',
  errorConfig: 'Bu sayfa doğru şekilde yapılandırılmamış.',
  retry: 'Tekrar dene',
};

export default tr;
