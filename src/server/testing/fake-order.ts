/** An order as the fake keeps it. */
export interface FakeOrder {
  order_id: string;
  token: string;
  status: string;
  gateway: string;
  amount: number;
  currency: string;
  description: string;
  payment_options: Record<string, unknown>;
  customer: Record<string, unknown>;
  created: string;
  modified: string;
}
