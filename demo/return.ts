// The shopper's return from the payment page. Arriving here proves nothing: ask the server for the status.
const heading = document.getElementById('status')!;
const id = new URLSearchParams(location.search).get('transactionid');
const messages: Record<string, string> = {
  completed: 'Thank you! Your payment was received.',
  initialized: 'Your payment is pending. This page will update.',
  uncleared: 'Your payment is pending. This page will update.',
  cancelled: 'The payment was cancelled. Nothing was charged.',
  declined: 'The payment was declined. Nothing was charged.',
  expired: 'The payment expired. Nothing was charged.',
};
const pending = new Set(['initialized', 'uncleared', 'unknown']);
let attempts = 0;

async function refresh() {
  if (!id) {
    heading.textContent = 'No order to show.';
    return;
  }
  // Until the signed notification has reached the shop, the server knows nothing: show pending and ask again.
  const response = await fetch(`/api/status?transactionid=${encodeURIComponent(id)}`);
  const body = (await response.json()) as { success: boolean; data?: { status: string } };
  const status = body.data?.status ?? 'unknown';
  heading.textContent = messages[status] ?? messages['initialized']!;
  attempts += 1;
  if (pending.has(status) && attempts < 30) setTimeout(refresh, 1000);
}
void refresh();
