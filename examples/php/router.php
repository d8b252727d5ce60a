<?php

declare(strict_types=1);

// A complete minimal shop in plain PHP 8.2: the checkout page, the four endpoints of src/MspCheckout.php, a return
// page and a cancel page. Run it with PHP's own server:
//   MSP_API_KEY=<your test key> php -S 127.0.0.1:8000 router.php
// then open http://127.0.0.1:8000/ (copy msp-checkout.min.js and msp-payment-status.min.js from the npm package's
// dist/ into public/ first). Against the fake MultiSafepay: MSP_API_URL=<its baseUrl> MSP_PAYMENT_ORIGINS=<its
// origin>. The conformance kit starts it so:
//   npx msp-checkout-conformance --start 'php -S 127.0.0.1:$PORT examples/php/router.php'

require_once __DIR__ . '/src/MspCheckout.php';

$port = getenv('PORT') ?: '8000';
$host = getenv('HOST') ?: '127.0.0.1';
// The shop's public origin exactly as the shopper's address bar shows it: orders from any other origin are refused.
$shop = getenv('SHOP_ORIGIN') ?: "http://{$host}:{$port}";
$apiUrl = getenv('MSP_API_URL') ?: 'https://testapi.multisafepay.com/v1/json';
$paymentOrigins = getenv('MSP_PAYMENT_ORIGINS') ?: 'https://payv2.multisafepay.com https://testpayv2.multisafepay.com';
// The conformance kit's test mode: its kit- orders, and the fulfilment hook it reads. Never in production.
$conformance = getenv('MSP_CHECKOUT_CONFORMANCE') === '1';
$apiKey = (string) getenv('MSP_API_KEY');
if (trim($apiKey) === '') {
    http_response_code(500);
    error_log('MSP_API_KEY is required (your MultiSafepay test key, or the fake\'s)');
    exit('This shop is not configured.');
}

// What the shop remembers between requests, and its sessions: a folder of its own, outside the web root.
$dataDir = getenv('SHOP_DATA_DIR') ?: sys_get_temp_dir() . '/msp-checkout-php-shop-' . md5($shop);
$store = new JsonStore("{$dataDir}/checkout.json");
if (!is_dir("{$dataDir}/sessions")) {
    mkdir("{$dataDir}/sessions", 0700, true);
}
session_save_path("{$dataDir}/sessions");

// The shop's orders and prices (its database): the amount the browser sends is never used. An order that buy now, pay
// later may pay gives MultiSafepay's order fields as a fourth element: its shopping_cart, checkout_options, customer
// and delivery (docs/backend.md, "A cart for Klarna and in3"); MspCheckout refuses such an order without its cart.
$orders = ['order-1234' => [1000, 'EUR', 'Order 1234 at Example Shop']];

$checkout = new MspCheckout(
    apiKey: $apiKey,
    apiUrl: $apiUrl,
    shop: $shop,
    resolveOrder: function (string $orderId) use ($orders, $conformance): ?array {
        // The kit's orders: 10.00 EUR, without a cart (its bnpl-needs-cart check expects Klarna's refused).
        if ($conformance && preg_match('/^kit-[\w-]+$/', $orderId)) {
            return [1000, 'EUR', "Order {$orderId}"];
        }
        return $orders[$orderId] ?? null;
    },
    // A verified status, once per order and status: 'completed' is where the shop ships the order.
    onStatus: function (string $orderId, string $status, array $order) use ($store): void {
        $store->update(function (array &$stored) use ($orderId, $status): void {
            $stored['fulfilments'][] = ['order_id' => $orderId, 'status' => $status];
        });
        error_log("order {$orderId}: {$status}");
    },
    store: $store,
    statusSecret: getenv('MSP_STATUS_SECRET') ?: null,
);

/** @param array{int, array<string, string>, string} $answer */
function send(array $answer): void
{
    [$status, $headers, $body] = $answer;
    http_response_code($status);
    foreach ($headers as $name => $value) {
        header("{$name}: {$value}");
    }
    echo $body;
}

function page(string $title, string $body, string $script): array
{
    $html = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>{$title}</title>"
        . "<script src=\"/{$script}\"></script><h1>{$title}</h1>{$body}";
    return [200, ['Content-Type' => 'text/html; charset=utf-8'], $html];
}

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$routes = [
    '/checkout/create-order' => [$checkout, 'createOrder'],
    '/checkout/gateways' => [$checkout, 'listGateways'],
    '/checkout/notification' => [$checkout, 'notification'],
    '/checkout/status' => [$checkout, 'orderStatus'],
];
if (isset($routes[$path])) {
    send($routes[$path]());
} elseif ($conformance && $path === '/checkout/test/fulfilments') {
    send(MspCheckout::json(200, ['fulfilments' => $store->read()['fulfilments'] ?? []]));
} elseif ($path === '/') {
    $origins = htmlspecialchars($paymentOrigins);
    send(page('Checkout', '<p>Order 1234: €10.00</p><msp-checkout endpoint="/checkout/create-order"'
        . ' gateways="IDEAL,DOTPAY,ALIPAYPLUS" amount="1000" currency="EUR" order-id="order-1234"'
        . " description=\"Order 1234 at Example Shop\" payment-origins=\"{$origins}\"></msp-checkout>", 'msp-checkout.min.js'));
} elseif ($path === '/return' || $path === '/cancel') {
    // Arriving proves nothing: the element asks /checkout/status with the order's proof from this page's address.
    send(page($path === '/return' ? 'Your order' : 'Your payment', '<msp-payment-status endpoint="/checkout/status">'
        . '<a slot="completed" href="/">Continue shopping</a><a slot="cancelled" href="/">Back to the checkout</a>'
        . '</msp-payment-status>', 'msp-payment-status.min.js'));
} elseif (preg_match('{^/msp-[a-z.-]+\.js$}', $path) && is_file(__DIR__ . "/public{$path}")) {
    header('Content-Type: text/javascript');
    readfile(__DIR__ . "/public{$path}");
} else {
    send([404, ['Content-Type' => 'text/plain'], 'Not found']);
}
