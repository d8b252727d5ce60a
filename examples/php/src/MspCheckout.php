<?php

declare(strict_types=1);

require_once __DIR__ . '/JsonStore.php';

/**
 * The backend contract of <msp-checkout> (docs/backend-contract.md) in plain PHP 8.2: the element's create-order
 * and gateway list, MultiSafepay's notification, and the return page's status. Each endpoint reads the request
 * ($_SERVER, php://input) and returns an answer [status, headers, body] for the router to send.
 */
final class MspCheckout
{
    private const GATEWAY_ID = '/^[A-Z0-9][A-Z0-9_-]{0,49}$/';
    private const CURRENCY = '/^[A-Z]{3}$/';
    private const CONTROL = '/[\x00-\x1f\x7f]/';
    private const HTML_TAG = '/<\s*[a-z!\/?]/i';
    private const LOCALE = '/^([a-z]{2})[-_]([a-z]{2})$/i';
    private const MAX_BODY = 16384;
    // MultiSafepay's SDKs accept a notification signed at most 600 s ago (php-sdk src/Util/Notification.php:65);
    // a timestamp as far in the future is refused too.
    private const NOTIFICATION_WINDOW = 600;
    // The gateways whose orders MultiSafepay takes only with a shopping_cart of at least one line: buy now, pay later,
    // whose lenders assess the cart. The list of msp-checkout's src/shared/order-requirements.ts, which cites its
    // sources: each BNPL method's page ("A `shopping_cart` object is required for all BNPL orders"), the BNPL order
    // schema (openapi/components/schemas/orders/BNPL.yaml) and MultiSafepay's PHP SDK
    // (src/Api/Transactions/Gateways.php, SHOPPING_CART_REQUIRED_GATEWAYS).
    private const SHOPPING_CART_GATEWAYS = [
        'AFTERPAY', 'BILLINK', 'BNPL_INST', 'BNPL_INSTM', 'BNPL_MF', 'BNPL_OB', 'EINVOICE',
        'IN3', 'IN3B2B', 'KLARNA', 'PAYAFTER', 'SANTANDER', 'ZINIA', 'ZINIA_IN3',
    ];
    // Fields of MultiSafepay's order that this class sets itself: the shop's own fields may not replace them.
    private const NOT_SHOP_FIELDS = ['type', 'gateway', 'order_id', 'amount', 'currency', 'description', 'payment_options'];

    private readonly string $apiKey;
    private readonly string $statusSecret;

    /**
     * @param Closure(string): ?array{0: int, 1: string, 2: string, 3?: array<string, mixed>} $resolveOrder the shop's
     *     [amount, currency, description], and MultiSafepay's order fields the shop owns when it has them
     *     (customer, delivery, shopping_cart, checkout_options, gateway_info: what buy now, pay later needs)
     * @param Closure(string, string, array<string, mixed>): void $onStatus once per order and status, verified
     */
    public function __construct(
        string $apiKey,
        private readonly string $apiUrl,
        private readonly string $shop,
        private readonly Closure $resolveOrder,
        private readonly Closure $onStatus,
        private readonly JsonStore $store,
        ?string $statusSecret = null,
    ) {
        // Trimmed, as MultiSafepay's PHP SDK does (php-sdk src/Sdk.php:63, src/Util/Notification.php:70): a key
        // read from a file often ends with a newline, and every signature computed with it would fail.
        $this->apiKey = trim($apiKey);
        $this->statusSecret = $statusSecret !== null && $statusSecret !== '' ? $statusSecret : $this->apiKey;
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    /** @return array{int, array<string, string>, string} */
    public static function json(int $status, mixed $body, array $headers = []): array
    {
        $text = json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
        return [$status, ['Content-Type' => 'application/json; charset=utf-8', 'Cache-Control' => 'no-store'] + $headers, $text];
    }

    /** A refusal of the shop itself: MultiSafepay's failure shape, marked as the shop's. */
    public static function refusal(int $status, string $info, array $headers = [], ?int $code = null): array
    {
        $body = [
            'success' => false,
            'data' => new stdClass(),
            'error_code' => $code ?? $status,
            'error_info' => $info,
            'error_source' => 'shop',
        ];
        return self::json($status, $body, $headers);
    }

    /** MultiSafepay's failure as it came (its exact bytes); a failure with a success status becomes 502. */
    private static function passedThrough(int $status, string $text): array
    {
        $code = $status >= 400 ? $status : 502;
        return [$code, ['Content-Type' => 'application/json; charset=utf-8', 'Cache-Control' => 'no-store'], $text];
    }

    private static function isOrderId(mixed $value): bool
    {
        return is_string($value) && trim($value) !== '' && strlen($value) <= 50 && !preg_match(self::CONTROL, $value);
    }

    // ---- MultiSafepay's API -----------------------------------------------------------------------------------

    /** @return array{int, ?array<string, mixed>, string} status, the decoded object, the raw text */
    private function call(string $method, string $path, ?array $body = null): array
    {
        $context = stream_context_create(['http' => [
            'method' => $method,
            // The key in an api_key header, as MultiSafepay's PHP SDK sends it (php-sdk src/Client/Client.php:264).
            'header' => "api_key: {$this->apiKey}\r\nAccept: application/json\r\nContent-Type: application/json\r\n",
            'content' => $body === null ? '' : json_encode($body, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR),
            'ignore_errors' => true,
            'follow_location' => 0,
            'timeout' => 15,
        ]]);
        $text = @file_get_contents(rtrim($this->apiUrl, '/') . $path, false, $context);
        $headers = $http_response_header ?? [];
        if ($text === false || $headers === []) {
            $failure = '{"success":false,"data":{},"error_code":502,"error_info":"MultiSafepay not reached"}';
            return [502, null, $failure];
        }
        preg_match('{^HTTP/\S+\s+(\d{3})}', (string) $headers[0], $match);
        $decoded = json_decode($text, true);
        if (!is_array($decoded) || array_is_list($decoded) && $decoded !== []) {
            return [502, null, '{"success":false,"data":{},"error_code":502,"error_info":"MultiSafepay answered no JSON"}'];
        }
        return [(int) ($match[1] ?? 502), $decoded, $text];
    }

    // ---- the shopper's proof ----------------------------------------------------------------------------------

    /** msp_token: base64url(HMAC-SHA256(status secret, "msp-status:" . order id)), without padding. */
    public function proof(string $orderId): string
    {
        $mac = hash_hmac('sha256', 'msp-status:' . $orderId, $this->statusSecret, true);
        return rtrim(strtr(base64_encode($mac), '+/', '-_'), '=');
    }

    private function withProof(string $url, string $orderId): string
    {
        $separator = str_contains($url, '?') ? '&' : '?';
        return $url . $separator . 'msp_token=' . rawurlencode($this->proof($orderId));
    }

    // ---- POST create-order: the element's Pay -----------------------------------------------------------------

    public function createOrder(): array
    {
        if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
            return self::refusal(405, 'Use POST', ['Allow' => 'POST']);
        }
        // Everything a page on another site could send is refused before any work.
        $type = strtolower(trim(explode(';', $_SERVER['CONTENT_TYPE'] ?? '')[0]));
        if ($type !== 'application/json') {
            return self::refusal(403, 'The body must be application/json');
        }
        if (($_SERVER['HTTP_X_MSP_CHECKOUT'] ?? '') !== '1') {
            return self::refusal(403, 'The X-MSP-Checkout header is missing');
        }
        if (($_SERVER['HTTP_SEC_FETCH_SITE'] ?? '') === 'cross-site') {
            return self::refusal(403, 'Cross-site requests are refused');
        }
        $origin = $_SERVER['HTTP_ORIGIN'] ?? null;
        if ($origin !== null && $origin !== $this->shop) {
            error_log('create-order refused: Origin ' . json_encode(substr($origin, 0, 100)) . " is not {$this->shop}");
            return self::refusal(403, 'This origin may not create orders');
        }
        $raw = (string) file_get_contents('php://input');
        if (strlen($raw) > self::MAX_BODY) {
            return self::refusal(413, 'Request body too large');
        }
        $body = json_decode($raw, true);
        if (!is_array($body) || array_is_list($body)) {
            return self::refusal(400, $body === null ? 'The body is not valid JSON' : 'The body must be a JSON object');
        }
        $problems = $this->orderProblems($body);
        if ($problems !== []) {
            return self::refusal(400, implode('; ', $problems));
        }
        $orderId = $body['order_id'];
        $known = ($this->resolveOrder)($orderId);
        if ($known === null) {
            return self::refusal(404, 'Unknown order');
        }
        [$amount, $currency, $description] = $known; // the shop's price: the browser's amount is never used

        $upstream = [
            'type' => 'redirect',
            'order_id' => $orderId,
            'currency' => $currency,
            'amount' => $amount,
            'description' => $description,
            'payment_options' => [
                'notification_url' => "{$this->shop}/checkout/notification",
                // MultiSafepay signs POST notifications only (docs content/payment-management/webhook.md:224).
                'notification_method' => 'POST',
                'redirect_url' => $this->withProof("{$this->shop}/return", $orderId),
                'cancel_url' => $this->withProof("{$this->shop}/cancel", $orderId),
            ],
        ];
        // Without a gateway, MultiSafepay's payment page lists the methods (its orders/PaymentPage.yaml: "If unset").
        if (isset($body['gateway'])) {
            $upstream['gateway'] = $body['gateway'];
        }
        if (isset($body['customer'])) {
            $upstream['customer'] = $body['customer'];
        }
        $upstream = $this->withShopFields($upstream, $known[3] ?? []);
        if (is_string($upstream)) {
            // The shop's mistake, not the shopper's: logged, and MultiSafepay is not asked.
            error_log("create-order refused (500): order {$orderId}: {$upstream}");
            return self::refusal(500, $upstream);
        }

        // The payment page goes only to the browser that created the order: its session proves it.
        session_start(['cookie_httponly' => true, 'cookie_samesite' => 'Lax', 'cookie_secure' => str_starts_with($this->shop, 'https:')]);
        $owner = hash('sha256', session_id());
        session_write_close();
        return $this->createOnce($orderId, $owner, $upstream);
    }

    /**
     * The order with the shop's own fields (its customer, delivery, cart), which win over the browser's: of an object
     * both give (customer), the browser's fields fill in only what the shop left out (its locale). Or why MultiSafepay
     * cannot take it: a field this class sets itself, or a buy-now-pay-later order without its cart, which MultiSafepay
     * refuses only after the shopper waited.
     */
    private function withShopFields(array $upstream, mixed $fields): array|string
    {
        if (!is_array($fields) || array_is_list($fields) && $fields !== []) {
            return 'resolveOrder gave order fields that are not an object of MultiSafepay\'s fields';
        }
        foreach ($fields as $field => $value) {
            if (in_array($field, self::NOT_SHOP_FIELDS, true)) {
                return "resolveOrder may not give {$field}: this backend sets it";
            }
            $browsers = $upstream[$field] ?? null;
            $merge = is_array($value) && !array_is_list($value) && is_array($browsers) && !array_is_list($browsers);
            $upstream[$field] = $merge ? array_merge($browsers, $value) : $value;
        }
        $gateway = $upstream['gateway'] ?? null;
        $items = $upstream['shopping_cart']['items'] ?? null;
        if (is_string($gateway) && in_array(strtoupper($gateway), self::SHOPPING_CART_GATEWAYS, true)
            && !(is_array($items) && $items !== [])) {
            return "{$gateway} is a buy-now-pay-later method: MultiSafepay takes its orders only with a shopping_cart"
                . ' of at least one item, and resolveOrder gave none (the shop must send the cart)';
        }
        return $upstream;
    }

    /** @return list<string> */
    private function orderProblems(array &$body): array
    {
        $problems = [];
        if (($body['type'] ?? 'redirect') !== 'redirect') {
            $problems[] = 'type must be "redirect"';
        }
        // A gateway, or none: MultiSafepay's payment page then lists the methods. A null or "" is neither.
        if (array_key_exists('gateway', $body) && !(is_string($body['gateway']) && preg_match(self::GATEWAY_ID, $body['gateway']))) {
            $problems[] = 'gateway must be a MultiSafepay gateway id such as "IDEAL", or left out';
        }
        if (!self::isOrderId($body['order_id'] ?? null)) {
            $problems[] = 'order_id must be 1 to 50 printable characters';
        }
        if (array_key_exists('amount', $body)) {
            $amount = $body['amount'];
            // MultiSafepay's own example requests write "amount": "1000".
            $digits = is_string($amount) && ctype_digit($amount);
            if (!($digits || is_int($amount)) || (int) $amount < 1) {
                $problems[] = 'amount must be a positive integer in minor units';
            }
        }
        if (array_key_exists('currency', $body) && !(is_string($body['currency']) && preg_match(self::CURRENCY, $body['currency']))) {
            $problems[] = 'currency must be an ISO 4217 code such as "EUR"';
        }
        if (array_key_exists('description', $body)) {
            $text = $body['description'];
            if (!is_string($text) || iconv_strlen($text, 'UTF-8') === false || iconv_strlen($text, 'UTF-8') > 200 || preg_match(self::CONTROL, $text) || preg_match(self::HTML_TAG, $text)) {
                $problems[] = 'description must be plain text of at most 200 characters';
            }
        }
        if (array_key_exists('customer', $body)) {
            $customer = $body['customer'];
            $locale = is_array($customer) ? ($customer['locale'] ?? null) : null;
            if (!is_array($customer) || array_is_list($customer) && $customer !== [] || ($locale !== null && !(is_string($locale) && preg_match(self::LOCALE, $locale, $parts)))) {
                $problems[] = 'customer must be an object such as {"locale":"en_US"}';
            } elseif (isset($parts)) {
                $body['customer']['locale'] = strtolower($parts[1]) . '_' . strtoupper($parts[2]);
            }
        }
        return $problems;
    }

    private function createOnce(string $orderId, string $owner, array $upstream): array
    {
        $page = $this->store->read()['pages'][$orderId] ?? null;
        if ($page !== null) {
            if (!hash_equals($page['owner'], $owner)) {
                error_log("order {$orderId}: a retry from another browser refused");
                return self::refusal(409, "Order {$orderId} already exists", [], 1006);
            }
            $same = $page['gateway'] === ($upstream['gateway'] ?? null) && $page['amount'] === $upstream['amount']
                && $page['currency'] === $upstream['currency'];
            if ($same) {
                [$status, $failure] = $this->statusOf($orderId);
                if ($status === 'initialized') {
                    return self::json(200, ['success' => true, 'data' => $page['data']]);
                }
                if ($status !== null) {
                    return self::refusal(409, "Order {$orderId} is already {$status}", [], 1006);
                }
                if ($failure !== null) {
                    return $failure;
                }
            }
        }
        [$status, $answer, $text] = $this->call('POST', '/orders', $upstream);
        if (($answer['success'] ?? null) !== true) {
            return self::passedThrough($status, $text);
        }
        $data = $answer['data'] ?? null;
        if (!is_array($data) || !is_string($data['payment_url'] ?? null)) {
            return self::refusal(502, 'MultiSafepay answered without a payment page');
        }
        $this->store->update(function (array &$stored) use ($orderId, $owner, $upstream, $data): void {
            $stored['pages'][$orderId] = [
                'owner' => $owner,
                'gateway' => $upstream['gateway'] ?? null,
                'amount' => $upstream['amount'],
                'currency' => $upstream['currency'],
                'data' => $data,
            ];
        });
        return self::json(200, ['success' => true, 'data' => $data]);
    }

    /**
     * [status, null] from a verified notification or MultiSafepay; [null, null] for an order it does not know;
     * [null, answer] when MultiSafepay could not be asked.
     */
    private function statusOf(string $orderId): array
    {
        $known = $this->store->read()['statuses'][$orderId] ?? null;
        if (is_string($known)) {
            return [$known, null];
        }
        [$status, $answer, $text] = $this->call('GET', '/orders/' . rawurlencode($orderId));
        if ($status === 404 || ($answer['error_code'] ?? null) === 1006) {
            return [null, null];
        }
        $data = $answer['data'] ?? null;
        if (($answer['success'] ?? null) !== true || !is_array($data) || !is_string($data['status'] ?? null)) {
            return [null, self::passedThrough($status, $text)];
        }
        return [$data['status'], null];
    }

    // ---- GET gateways: the element's gateway list -------------------------------------------------------------

    public function listGateways(): array
    {
        if ($_SERVER['REQUEST_METHOD'] !== 'GET') {
            return self::refusal(405, 'Use GET', ['Allow' => 'GET']);
        }
        $query = [];
        $currency = $_GET['currency'] ?? '';
        $amount = $_GET['amount'] ?? '';
        $country = $_GET['country'] ?? '';
        $locale = $_GET['locale'] ?? '';
        if (!is_string($currency) || !is_string($amount) || !is_string($country) || !is_string($locale)) {
            return self::refusal(400, 'Each filter is given once');
        }
        if ($currency !== '') {
            if (!preg_match(self::CURRENCY, $currency)) {
                return self::refusal(400, 'currency must be an ISO 4217 code');
            }
            $query['currency'] = $currency;
        }
        if ($amount !== '') {
            if (!preg_match('/^[0-9]{1,15}$/', $amount) || (int) $amount < 1) {
                return self::refusal(400, 'invalid amount');
            }
            $query['amount'] = $amount;
        }
        if ($country !== '') {
            if (!preg_match('/^[A-Za-z]{2}$/', $country)) {
                return self::refusal(400, 'country must be an ISO 3166 alpha-2 code');
            }
            $query['country'] = strtoupper($country);
        }
        if ($locale !== '') {
            if (!preg_match(self::LOCALE, $locale, $parts)) {
                return self::refusal(400, 'locale must look like en_US');
            }
            $query['locale'] = strtolower($parts[1]) . '_' . strtoupper($parts[2]);
        }
        ksort($query);
        [$status, $answer, $text] = $this->call('GET', '/payment-methods' . ($query ? '?' . http_build_query($query) : ''));
        if ($status !== 200 || ($answer['success'] ?? null) !== true) {
            return self::passedThrough($status, $text);
        }
        $data = is_array($answer['data'] ?? null) ? $answer['data'] : [];
        return self::json(200, ['success' => true, 'data' => $data]);
    }

    // ---- MultiSafepay's notification (webhook) ----------------------------------------------------------------

    /**
     * Why the Auth header does not sign these bytes, or null: base64 of "timestamp:hex HMAC-SHA512(API key,
     * timestamp . ':' . raw body)" (docs content/payment-management/webhook.md:233-288), computed over the body
     * exactly as received, as MultiSafepay's PHP SDK does (php-sdk src/Util/Notification.php:62-72).
     */
    public function signatureProblem(string $raw, ?string $auth): ?string
    {
        if ($auth === null || $auth === '') {
            return 'missing Auth header';
        }
        $decoded = base64_decode($auth, true);
        $parts = $decoded === false ? [] : explode(':', $decoded, 2);
        if (count($parts) !== 2 || !ctype_digit($parts[0])) {
            return 'malformed Auth header';
        }
        [$timestamp, $signature] = $parts;
        if (abs(time() - (int) $timestamp) > self::NOTIFICATION_WINDOW) {
            return 'stale timestamp';
        }
        if (!preg_match('/^[0-9a-f]{128}$/', $signature)) {
            return 'bad signature';
        }
        $expected = hash_hmac('sha512', $timestamp . ':' . $raw, $this->apiKey);
        return hash_equals($expected, $signature) ? null : 'bad signature';
    }

    public function notification(): array
    {
        $method = $_SERVER['REQUEST_METHOD'];
        if ($method === 'POST') {
            $raw = (string) file_get_contents('php://input');
            $problem = $this->signatureProblem($raw, $_SERVER['HTTP_AUTH'] ?? null);
            if ($problem !== null) {
                error_log("notification refused: {$problem}");
                return self::refusal(403, 'Notification refused');
            }
            $order = json_decode($raw, true);
            if (!is_array($order) || !self::isOrderId($order['order_id'] ?? null)) {
                return self::refusal(400, 'The notification has no order_id');
            }
            $orderId = $order['order_id'];
            // The order is the signed body's; a query naming another order is someone else's signature replayed.
            $claimed = $_GET['transactionid'] ?? null;
            if ($claimed !== null && $claimed !== $orderId) {
                error_log('notification refused: transactionid ' . json_encode($claimed) . " is not the signed order {$orderId}");
                return self::refusal(400, 'transactionid does not match the signed order');
            }
            if (!is_string($order['status'] ?? null) || $order['status'] === '') {
                return self::refusal(400, 'The notification has no status');
            }
            return $this->act($orderId, $order['status'], $order);
        }
        if ($method === 'GET') {
            // Nothing is signed with notification_method GET: it only says "ask MultiSafepay about this order".
            $orderId = $_GET['transactionid'] ?? null;
            if (!self::isOrderId($orderId)) {
                return self::refusal(400, 'transactionid is missing or invalid');
            }
            [$status, $answer, $text] = $this->call('GET', '/orders/' . rawurlencode($orderId));
            $order = $answer['data'] ?? null;
            if (($answer['success'] ?? null) !== true || !is_array($order) || !is_string($order['status'] ?? null)) {
                error_log("notification for {$orderId} not acknowledged: GET /orders answered {$status}");
                return self::passedThrough($status, $text); // not "OK": MultiSafepay sends it again
            }
            return $this->act($orderId, $order['status'], $order);
        }
        return self::refusal(405, 'Use POST', ['Allow' => 'POST, GET']);
    }

    /** onStatus once per order and status, however often MultiSafepay resends; then the acknowledgement. */
    private function act(string $orderId, string $status, array $order): array
    {
        $first = $this->store->update(function (array &$stored) use ($orderId, $status): bool {
            $stored['statuses'][$orderId] = $status;
            $key = "{$orderId}\n{$status}";
            if (isset($stored['reported'][$key])) {
                return false;
            }
            $stored['reported'][$key] = true;
            return true;
        });
        if ($first) {
            try {
                ($this->onStatus)($orderId, $status, $order);
            } catch (Throwable $error) {
                error_log("onStatus failed for {$orderId}: {$error->getMessage()}");
                $this->store->update(function (array &$stored) use ($orderId, $status): void {
                    unset($stored['reported']["{$orderId}\n{$status}"]);
                });
                return self::refusal(500, 'Notification not processed'); // MultiSafepay sends it again
            }
        }
        return [200, ['Content-Type' => 'text/plain; charset=utf-8'], 'OK'];
    }

    // ---- GET status: the return page -------------------------------------------------------------------------

    public function orderStatus(): array
    {
        if ($_SERVER['REQUEST_METHOD'] !== 'GET') {
            return self::refusal(405, 'Use GET', ['Allow' => 'GET']);
        }
        $orderId = $_GET['transactionid'] ?? null;
        if (!self::isOrderId($orderId)) {
            return self::refusal(400, 'transactionid is missing or invalid');
        }
        $token = $_GET['msp_token'] ?? '';
        // Without the order's proof, exactly the answer for an order that does not exist, and no call to
        // MultiSafepay: order ids cannot be probed for other shoppers' payments.
        if (!is_string($token) || !hash_equals($this->proof($orderId), $token)) {
            return self::refusal(404, 'Unknown order');
        }
        [$status, $failure] = $this->statusOf($orderId);
        if ($failure !== null) {
            return $failure;
        }
        if ($status === null) {
            return self::refusal(404, 'Unknown order');
        }
        return self::json(200, ['success' => true, 'data' => ['order_id' => $orderId, 'status' => $status]]);
    }
}
