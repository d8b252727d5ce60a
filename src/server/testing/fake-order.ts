/** A line of the order's cart, as the payment page shows it. */
export interface FakeCartLine {
  name: string;
  quantity: number;
  /** In the order's currency, in decimals, excluding VAT (MultiSafepay/docs openapi/components/schemas/UnitPrice.yaml). */
  unit_price: number;
}

/** An order as the fake keeps it. */
export interface FakeOrder {
  order_id: string;
  /** The payment page's token, also the `session_id` of the POST /orders answer. */
  token: string;
  /** MultiSafepay's transaction id: an integer (MultiSafepay/docs openapi/components/schemas/TransactionId.yaml). */
  transaction_id: number;
  status: string;
  gateway: string;
  amount: number;
  currency: string;
  description: string;
  payment_options: Record<string, unknown>;
  customer: Record<string, unknown>;
  var1: string | null;
  var2: string | null;
  var3: string | null;
  /** The lines of `shopping_cart.items`, which MultiSafepay's payment page shows (ShoppingCart.yaml). */
  cart: FakeCartLine[];
  /** `items`: MultiSafepay renders it as HTML (Items.yaml); the fake shows it as text. */
  items: string | null;
  /** `2025-05-14T08:48:10`: MultiSafepay's form, without milliseconds or zone. */
  created: string;
  modified: string;
  completed: string | null;
}

/** The lines of a `shopping_cart` as sent: what is not an object with a name is not a line the page can show. */
export function cartLines(cart: unknown): FakeCartLine[] {
  const items = typeof cart === 'object' && cart !== null ? (cart as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { name, quantity, unit_price: price } = item as Record<string, unknown>;
    if (typeof name !== 'string') return [];
    return [
      {
        name,
        quantity: typeof quantity === 'number' ? quantity : 1,
        unit_price: typeof price === 'number' ? price : Number(price) || 0,
      },
    ];
  });
}
