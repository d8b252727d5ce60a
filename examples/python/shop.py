"""A complete minimal shop in Python's standard library: the checkout page, the four endpoints of msp_checkout.py on
http.server, a return page and a cancel page.

Run: MSP_API_KEY=<your test key> python3 shop.py, then open http://127.0.0.1:8000/ (copy msp-checkout.min.js and
msp-payment-status.min.js from the npm package's dist/ into static/ first). Against the fake MultiSafepay:
MSP_API_URL=<the fake's baseUrl> MSP_PAYMENT_ORIGINS=<its origin>. The conformance kit starts it so:
    npx msp-checkout-conformance --start "python3 examples/python/shop.py"
"""

import html
import http.cookies
import json
import logging
import os
import re
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from msp_checkout import Checkout, Request, Response

PORT = int(os.environ.get("PORT", "8000"))
HOST = os.environ.get("HOST", "127.0.0.1")
# The shop's public origin exactly as the shopper's address bar shows it: orders from any other origin are refused.
SHOP = os.environ.get("SHOP_ORIGIN", f"http://{HOST}:{PORT}")
API_URL = os.environ.get("MSP_API_URL", "https://testapi.multisafepay.com/v1/json")
PAYMENT_ORIGINS = os.environ.get("MSP_PAYMENT_ORIGINS", "https://payv2.multisafepay.com https://testpayv2.multisafepay.com")
# The conformance kit's test mode: its kit- orders, and the fulfilment hook it reads. Never in production.
CONFORMANCE = os.environ.get("MSP_CHECKOUT_CONFORMANCE") == "1"
STATIC = Path(__file__).parent / "static"

# The shop's orders and prices (its database): the amount the browser sends is never used. An order that buy now, pay
# later may pay gives MultiSafepay's order fields as a fourth element: its shopping_cart, checkout_options, customer and
# delivery (docs/backend.md, "A cart for Klarna and in3"); Checkout refuses such an order without its cart.
ORDERS = {"order-1234": (1000, "EUR", "Order 1234 at Example Shop")}
fulfilments = []
fulfilments_lock = threading.Lock()


def resolve_order(order_id):
    # The kit's orders: 10.00 EUR, without a cart (its bnpl-needs-cart check expects Klarna's refused).
    if CONFORMANCE and re.fullmatch(r"kit-[\w-]+", order_id):
        return 1000, "EUR", f"Order {order_id}"
    return ORDERS.get(order_id)


def on_status(order_id, status, order):
    """A verified status, once per order and status: 'completed' is where the shop ships the order."""
    with fulfilments_lock:
        fulfilments.append({"order_id": order_id, "status": status})
    logging.info("order %s: %s", order_id, status)


api_key = os.environ.get("MSP_API_KEY", "")
if api_key.strip() == "":
    sys.exit("MSP_API_KEY is required (your MultiSafepay test key, or the fake's)")
checkout = Checkout(
    api_key=api_key,
    api_url=API_URL,
    shop_origin=SHOP,
    resolve_order=resolve_order,
    on_status=on_status,
    status_secret=os.environ.get("MSP_STATUS_SECRET"),
)

ROUTES = {
    "/checkout/create-order": checkout.create_order,
    "/checkout/gateways": checkout.list_gateways,
    "/checkout/notification": checkout.notification,
    "/checkout/status": checkout.order_status,
}


def page(title, body, script):
    return (
        f'<!doctype html><html lang="en"><meta charset="utf-8"><title>{title}</title>'
        f'<script src="/static/{script}"></script><h1>{title}</h1>{body}'
    )


PAGES = {
    "/": page(
        "Checkout",
        '<p>Order 1234: €10.00</p><msp-checkout endpoint="/checkout/create-order" gateways="IDEAL,DOTPAY,ALIPAYPLUS" '
        'amount="1000" currency="EUR" order-id="order-1234" description="Order 1234 at Example Shop" '
        f'payment-origins="{html.escape(PAYMENT_ORIGINS)}"></msp-checkout>',
        "msp-checkout.min.js",
    ),
    # Arriving proves nothing: the element asks /checkout/status with the order's proof from this page's address.
    "/return": page(
        "Your order",
        '<msp-payment-status endpoint="/checkout/status"><a slot="completed" href="/">Continue shopping</a>'
        "</msp-payment-status>",
        "msp-payment-status.min.js",
    ),
    "/cancel": page(
        "Your payment",
        '<msp-payment-status endpoint="/checkout/status"><a slot="cancelled" href="/">Back to the checkout</a>'
        "</msp-payment-status>",
        "msp-payment-status.min.js",
    ),
}


class Handler(BaseHTTPRequestHandler):
    server_version = "ExampleShop"

    def handle_any(self):
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > 2 * 1024 * 1024:
            self.close_connection = True
            return self.respond(Response(413, b'{"success":false,"data":{},"error_code":413,"error_info":"Too large"}',
                                         [("Content-Type", "application/json")]))
        body = self.rfile.read(length) if length > 0 else b""
        cookies = http.cookies.SimpleCookie()
        try:
            cookies.load(self.headers.get("Cookie", ""))
        except http.cookies.CookieError:
            pass
        request = Request(
            method=self.command,
            path=url.path,
            # The first value of each parameter, as PHP's $_GET and the Node backend read them.
            query={name: values[0] for name, values in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()},
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            cookies={name: morsel.value for name, morsel in cookies.items()},
        )
        endpoint = ROUTES.get(url.path)
        if endpoint:
            return self.respond(endpoint(request))
        if CONFORMANCE and url.path == "/checkout/test/fulfilments" and self.command == "GET":
            with fulfilments_lock:
                listed = json.dumps({"fulfilments": fulfilments}).encode()
            return self.respond(Response(200, listed, [("Content-Type", "application/json")]))
        if self.command == "GET" and url.path in PAGES:
            return self.respond(Response(200, PAGES[url.path].encode(), [("Content-Type", "text/html; charset=utf-8")]))
        static = re.fullmatch(r"/static/(msp-[a-z.-]+\.js)", url.path)
        if self.command == "GET" and static and (STATIC / static.group(1)).is_file():
            script = (STATIC / static.group(1)).read_bytes()
            return self.respond(Response(200, script, [("Content-Type", "text/javascript")]))
        self.respond(Response(404, b"Not found", [("Content-Type", "text/plain")]))

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any

    def respond(self, response: Response):
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def log_message(self, format, *args):
        logging.info("%s %s", self.address_string(), format % args)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    server = ThreadingHTTPServer((HOST, PORT), Handler)
    print(f"Shop on {SHOP}/", flush=True)
    server.serve_forever()
