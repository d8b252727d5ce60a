// The shopper's return from the payment page. Arriving here proves nothing: ask the server for the status.
const heading = document.getElementById('status')!;
const id = new URLSearchParams(location.search).get('transactionid');
const messages: Record<string, string> = {
  completed: 'Thank you! Your payment was received.',
  initialized: 'Your payment is pending. This page will update.',
  cancelled: 'The payment was cancelled. Nothing was charged.',
};

async function refresh() {
  if (!id) {
    heading.textContent = 'No order to show.';
    return;
  }
  const response = await fetch(`/api/orders/${encodeURIComponent(id)}`);
  const body = (await response.json()) as { success: boolean; data?: { status: string } };
  const status = body.data?.status ?? 'unknown';
  heading.textContent = messages[status] ?? 'We could not find this order.';
  if (status === 'initialized') setTimeout(refresh, 2000);
}
void refresh();
