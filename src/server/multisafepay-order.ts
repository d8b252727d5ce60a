// The fields of MultiSafepay's `POST /orders` body that the shop owns and `resolveOrder` may return, typed after
// MultiSafepay's OpenAPI schemas (MultiSafepay/docs openapi/components/schemas/, at 9e11aa0a): each type names its
// file. The request schemas of a redirect order (orders/PaymentPage.yaml, Banking.yaml, CreditCard.yaml, Wallet.yaml,
// BNPL.yaml, PrepaidCard.yaml) share these fields; where they differ, the type takes the wider one and says so.
// Fields only a `direct` order uses (card data, wallet tokens, 3-D Secure browser data, SEPA mandates) are left out:
// this backend creates redirect orders only, and MultiSafepay's payment page asks the shopper for them.

/**
 * `customer`: the shopper (Customer.yaml; CustomerWallet.yaml is the same for wallets, with a longer `email`).
 * MultiSafepay's fraud checks read `ip_address` and `forwarded_ip`; cards, bank transfer and PayPal's seller
 * protection need `country`; BNPL methods need the name and address (each field's "Required for" in those files).
 */
export interface MultiSafepayCustomer {
  /** the payment page's language, `ab_CD` (`nl_NL`); MultiSafepay's default is `en_US` */
  locale?: string | undefined;
  /** the shopper's IP address, for MultiSafepay's fraud check */
  ip_address?: string | undefined;
  /** the shopper's IP address as your proxy forwarded it */
  forwarded_ip?: string | undefined;
  /** FirstName.yaml, at most 25 characters */
  first_name?: string | undefined;
  /** LastName.yaml, at most 25 characters */
  last_name?: string | undefined;
  /**
   * Gender.yaml's enum; MultiSafepay's own MB WAY and Multibanco examples send `male`
   * (examples/requests/post-orders/mbway-redirect.json, multibanco-redirect.json), so any string is typed
   */
  gender?: 'M' | 'F' | (string & {}) | undefined;
  /** Birthday.yaml: `yyyy-MM-dd` */
  birthday?: string | undefined;
  /** Address1.yaml: the street, at most 64 characters */
  address1?: string | undefined;
  /** Address2.yaml, at most 64 characters */
  address2?: string | undefined;
  /** HouseNumber.yaml, at most 10 characters */
  house_number?: string | undefined;
  /** ZIP.yaml, at most 10 characters */
  zip_code?: string | undefined;
  /** City.yaml, at most 50 characters */
  city?: string | undefined;
  /** State.yaml, at most 6 characters */
  state?: string | undefined;
  /** ISO 3166-1 alpha-2 (`NL`) */
  country?: string | undefined;
  /** Phone.yaml, at most 25 characters */
  phone?: string | undefined;
  /** at most 64 characters (100 for wallet orders) */
  email?: string | undefined;
  /** `true`: MultiSafepay sends the shopper no emails for this order */
  disable_send_email?: boolean | undefined;
  /** UserAgent.yaml */
  user_agent?: string | undefined;
  /** where the shopper came from */
  referrer?: string | undefined;
  /** your own id of the shopper (recurring payments' tokens are kept per reference) */
  reference?: string | undefined;
}

/**
 * `delivery`: the shipping address (Delivery.yaml). BNPL, card, wallet and gift card orders require `address1`,
 * `city`, `country`, `first_name`, `house_number`, `last_name` and `zip_code` when it is sent (their order schemas);
 * Klarna needs `email`. `address2` and `state` are not in Delivery.yaml, but MultiSafepay's own example requests send
 * them (examples/requests/post-orders/klarna-redirect.json, pad.json, paypal-redirect.json), typed as the customer's.
 */
export interface MultiSafepayDelivery {
  /** FirstName.yaml */
  first_name?: string | undefined;
  /** LastName.yaml */
  last_name?: string | undefined;
  /** Address1.yaml */
  address1?: string | undefined;
  /** Address2.yaml (see above) */
  address2?: string | undefined;
  /** Apartment.yaml: the house number, at most 9 characters */
  house_number?: string | undefined;
  /** ZIP.yaml */
  zip_code?: string | undefined;
  /** City.yaml */
  city?: string | undefined;
  /** State.yaml (see above) */
  state?: string | undefined;
  /** Country.yaml: ISO 3166-1 alpha-2 */
  country?: string | undefined;
  /** Phone.yaml */
  phone?: string | undefined;
  /** required for Klarna */
  email?: string | undefined;
}

/** A line of `shopping_cart.items` (Item.yaml, with UnitPrice.yaml, Quantity.yaml, MerchantItemId.yaml, ...). */
export interface MultiSafepayCartItem {
  /** the product's name, shown on the payment page */
  name?: string | undefined;
  description?: string | undefined;
  /** the price of one unit in the order's currency, in decimals (not minor units), excluding VAT: `90` for €90 */
  unit_price?: number | undefined;
  /** an integer */
  quantity?: number | undefined;
  /** your id of the product; `msp-shipping` for the line of the shipping costs */
  merchant_item_id?: string | undefined;
  /** the `name` of a tax table in `checkout_options.tax_tables.alternate` */
  tax_table_selector?: string | undefined;
  /** Weight.yaml */
  weight?: { unit?: 'KG' | undefined; value?: number | undefined } | undefined;
}

/**
 * `shopping_cart` (ShoppingCart.yaml; ShoppingCartBNPL.yaml for BNPL orders, the same shape): required for
 * buy-now-pay-later methods (src/shared/order-requirements.ts), shown on the payment page for every method.
 */
export interface MultiSafepayShoppingCart {
  items?: readonly MultiSafepayCartItem[] | undefined;
}

/** A tax rule of `checkout_options.tax_tables` (CheckoutOptions.yaml). */
export interface MultiSafepayTaxRule {
  /** the rate as a fraction: `0.21` for 21% */
  rate?: number | undefined;
  /** ISO 3166-1 alpha-2: where the rate applies */
  country?: string | undefined;
}

/** A tax class of `checkout_options.tax_tables.alternate` (CheckoutOptions.yaml). */
export interface MultiSafepayTaxTable {
  /** the id `tax_table_selector` names */
  name?: string | undefined;
  /** whether shipping costs are taxed (CheckoutOptions.yaml's wording) */
  standalone?: boolean | undefined;
  rules?: readonly MultiSafepayTaxRule[] | undefined;
}

/**
 * `checkout_options`: the cart's tax tables (CheckoutOptions.yaml; CheckoutOptionsBNPL.yaml, required with
 * `tax_tables` for BNPL orders, lacks `validate_cart`).
 */
export interface MultiSafepayCheckoutOptions {
  /** `true`: MultiSafepay refuses the order (1027) when `amount` is not the cart's total */
  validate_cart?: boolean | undefined;
  tax_tables?:
    | {
        /** used for lines without `tax_table_selector` */
        default?: { shipping_taxed?: boolean | undefined; rate?: number | undefined } | undefined;
        /** your tax classes, named for `tax_table_selector` */
        alternate?: readonly MultiSafepayTaxTable[] | undefined;
      }
    | undefined;
}

/**
 * `gateway_info`: what a payment method needs beyond the order, for redirect orders: the QR settings of Bancontact QR
 * and iDEAL QR (GatewayInfoBanking.yaml) and the credit-check data of E-Invoicing, in3, Klarna, Pay After Delivery and
 * Riverty (GatewayInfoBNPL.yaml; Riverty requires it). GatewayInfo.yaml, the payment page's, has both.
 */
export interface MultiSafepayGatewayInfo {
  /** Bancontact: create a Bancontact QR order */
  qr_enabled?: boolean | undefined;
  /** iDEAL QR: the image's width and height in pixels, 100 to 2000 */
  qr_size?: number | undefined;
  /** iDEAL QR: the code may be paid more than once */
  allow_multiple?: boolean | undefined;
  /** iDEAL QR: the shopper may change the amount (then set `min_amount` and `max_amount`) */
  allow_change_amount?: boolean | undefined;
  /** iDEAL QR: a string, as documented */
  min_amount?: string | undefined;
  /** iDEAL QR: a string, as documented */
  max_amount?: string | undefined;
  /** BNPL: the shopper's date of birth (Birthday.yaml: `yyyy-MM-dd`) */
  birthday?: string | undefined;
  /** BNPL: the shopper's IBAN */
  bank_account?: string | undefined;
  /** BNPL: Phone.yaml */
  phone?: string | undefined;
  /** BNPL: where the payment instructions go, at most 64 characters */
  email?: string | undefined;
  /** BNPL: the shopper's title (a string here; Gender.yaml's `M`/`F` is the customer's) */
  gender?: string | undefined;
}

/** `second_chance` (SecondChance.yaml). */
export interface MultiSafepaySecondChance {
  /** send the shopper reminder emails when the payment is not completed */
  send_mail?: boolean | undefined;
}

/** `custom_info` (CustomInfo.yaml): your notes on the order, returned by `GET /orders/{id}`. */
export interface MultiSafepayCustomInfo {
  custom_1?: string | undefined;
  custom_2?: string | undefined;
  custom_3?: string | undefined;
}

/** `plugin` (Plugin.yaml): what your integration is, for MultiSafepay's support. */
export interface MultiSafepayPlugin {
  shop?: string | undefined;
  shop_version?: string | undefined;
  plugin_version?: string | undefined;
  partner?: string | undefined;
  shop_root_url?: string | undefined;
}

/**
 * `google_analytics`: no schema documents it; its one field is from MultiSafepay/docs
 * docs/archive/google-analytics.md:32 (`google_analytics.account`) and examples/requests/post-orders/klarna-direct.json.
 */
export interface MultiSafepayGoogleAnalytics {
  /** your tracking id */
  account?: string | undefined;
}

/** `recurring_model` (RecurringModel.yaml). */
export type MultiSafepayRecurringModel = 'cardOnFile' | 'subscription' | 'unscheduled';

/**
 * The order fields the shop owns, which `resolveOrder` may return: they reach MultiSafepay's `POST /orders` as given.
 * The request schemas are orders/*.yaml; each field's type names its own file.
 */
export interface MultiSafepayOrderFields {
  /** the shopper (Customer.yaml); the browser's `customer.locale` fills in a missing `locale` */
  customer?: MultiSafepayCustomer | undefined;
  /** the shipping address (Delivery.yaml) */
  delivery?: MultiSafepayDelivery | undefined;
  /** the cart's lines (ShoppingCart.yaml): required for buy-now-pay-later methods */
  shopping_cart?: MultiSafepayShoppingCart | undefined;
  /** the cart's tax tables (CheckoutOptions.yaml) */
  checkout_options?: MultiSafepayCheckoutOptions | undefined;
  /** what the payment method needs (GatewayInfo.yaml) */
  gateway_info?: MultiSafepayGatewayInfo | undefined;
  /** var12.yaml: at most 500 characters, returned in notifications */
  var1?: string | undefined;
  /** var12.yaml */
  var2?: string | undefined;
  /** var3.yaml (also split payments' metadata) */
  var3?: string | undefined;
  /** Items.yaml: HTML MultiSafepay shows on the payment page and in its emails */
  items?: string | undefined;
  /** DaysActive.yaml: how many days the payment page stays valid, 1 to 365 (default 30) */
  days_active?: number | undefined;
  /** SecondsActive.yaml (no type given there: an integer, 1 to 31536000); it wins over `days_active` */
  seconds_active?: number | undefined;
  /** SecondChance.yaml */
  second_chance?: MultiSafepaySecondChance | undefined;
  /**
   * RecurringModel.yaml, at the top level as MultiSafepay's example sends it
   * (examples/requests/post-orders/recurring-initial.json; the request schemas nest it as `recurring.model`)
   */
  recurring_model?: MultiSafepayRecurringModel | undefined;
  /** CustomInfo.yaml */
  custom_info?: MultiSafepayCustomInfo | undefined;
  /** Plugin.yaml */
  plugin?: MultiSafepayPlugin | undefined;
  /** see MultiSafepayGoogleAnalytics */
  google_analytics?: MultiSafepayGoogleAnalytics | undefined;
  /**
   * no schema documents it: a boolean in MultiSafepay's example (examples/requests/post-orders/paypal-direct.json)
   */
  manual?: boolean | undefined;
}
