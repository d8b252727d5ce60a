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
  /** `2025-05-14T08:48:10`: MultiSafepay's form, without milliseconds or zone. */
  created: string;
  modified: string;
  completed: string | null;
}
