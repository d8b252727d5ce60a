"""The backend contract of <msp-checkout> (docs/backend-contract.md) in Python's standard library.

Framework-free: each endpoint takes a `Request` and gives a `Response`, so that http.server (shop.py), Flask or
Django can mount it. State (remembered payment pages, verified statuses, fulfilled orders) is kept in memory here;
a shop with several processes keeps it in its database.
"""

import base64
import binascii
import hashlib
import hmac
import json
import logging
import re
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, Optional

log = logging.getLogger("msp_checkout")

# MultiSafepay's rules for the fields the browser may send (the element's own, src/shared/ in msp-checkout).
GATEWAY_ID = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,49}")
CURRENCY = re.compile(r"[A-Z]{3}")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
HTML_TAG = re.compile(r"<\s*[a-z!/?]", re.IGNORECASE)
LOCALE = re.compile(r"([a-z]{2})[-_]([a-z]{2})", re.IGNORECASE)
SIGNATURE = re.compile(r"[0-9a-f]{128}")

MAX_BODY = 16 * 1024
MAX_NOTIFICATION = 1024 * 1024
# MultiSafepay's SDKs accept a notification signed at most 600 s ago (php-sdk src/Util/Notification.php:65,
# python-sdk src/multisafepay/util/webhook.py:75-79); a timestamp as far in the future is refused too.
NOTIFICATION_WINDOW = 600
# The gateways whose orders MultiSafepay takes only with a shopping_cart of at least one line: buy now, pay later, whose
# lenders assess the cart. The list of msp-checkout's src/shared/order-requirements.ts, which cites its sources: each
# BNPL method's page ("A `shopping_cart` object is required for all BNPL orders"), the BNPL order schema
# (openapi/components/schemas/orders/BNPL.yaml) and MultiSafepay's PHP SDK (src/Api/Transactions/Gateways.php,
# SHOPPING_CART_REQUIRED_GATEWAYS).
SHOPPING_CART_GATEWAYS = frozenset({
    "AFTERPAY", "BILLINK", "BNPL_INST", "BNPL_INSTM", "BNPL_MF", "BNPL_OB", "EINVOICE",
    "IN3", "IN3B2B", "KLARNA", "PAYAFTER", "SANTANDER", "ZINIA", "ZINIA_IN3",
})
# Fields of MultiSafepay's order that Checkout sets itself: the shop's own fields may not replace them.
NOT_SHOP_FIELDS = frozenset({"type", "gateway", "order_id", "amount", "currency", "description", "payment_options"})


@dataclass
class Request:
    method: str
    path: str
    query: dict
    headers: dict  # lower-case names
    body: bytes = b""
    cookies: dict = field(default_factory=dict)


@dataclass
class Response:
    status: int
    body: bytes
    headers: list = field(default_factory=list)


def json_response(status, body, headers=None):
    return Response(
        status,
        json.dumps(body, separators=(",", ":")).encode(),
        [("Content-Type", "application/json; charset=utf-8"), ("Cache-Control", "no-store")] + (headers or []),
    )


def refusal(status, info, headers=None, code=None):
    """A refusal of the shop itself, in MultiSafepay's failure shape marked as the shop's; `code` is the error_code
    when it is not the HTTP status (1006: the order exists)."""
    body = {"success": False, "data": {}, "error_code": code or status, "error_info": info, "error_source": "shop"}
    return json_response(status, body, headers)


UNKNOWN_ORDER = {"success": False, "data": {}, "error_code": 404, "error_info": "Unknown order", "error_source": "shop"}


def is_order_id(value):
    return isinstance(value, str) and value.strip() != "" and len(value) <= 50 and not CONTROL.search(value)


def is_amount(value):
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


class MultiSafepay:
    """MultiSafepay's API: `api_url` is the base with /json (https://testapi.multisafepay.com/v1/json)."""

    def __init__(self, api_key, api_url, timeout=15):
        self.api_key = api_key
        self.api_url = api_url.rstrip("/")
        self.timeout = timeout

    def call(self, method, path, body=None):
        """(HTTP status, JSON object); a transport failure is 502 or 504 in MultiSafepay's failure shape."""
        request = urllib.request.Request(
            self.api_url + path,
            data=None if body is None else json.dumps(body).encode(),
            method=method,
            # The key as MultiSafepay's Python SDK sends it (python-sdk src/multisafepay/client/client.py:333-337).
            headers={
                "Authorization": "Bearer " + self.api_key,
                "Accept": "application/json",
                "Content-Type": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                status, text = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read()
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            timed_out = isinstance(error, TimeoutError) or "timed out" in str(error)
            code = 504 if timed_out else 502
            return code, {"success": False, "data": {}, "error_code": code, "error_info": "MultiSafepay not reached"}
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            return 502, {"success": False, "data": {}, "error_code": 502, "error_info": "MultiSafepay answered no JSON"}
        return status, parsed


def passed_through(status, body):
    """MultiSafepay's failure as it came; a failure with a success status becomes 502."""
    return json_response(status if status >= 400 else 502, body)


class Checkout:
    """The four endpoints. `resolve_order(order_id)` gives the shop's (amount, currency, description) or None, and
    as a fourth element MultiSafepay's order fields the shop owns when it has them (customer, delivery,
    shopping_cart, checkout_options, gateway_info: what buy now, pay later needs); `on_status(order_id, status,
    order)` runs once per order and status, after a verified notification."""

    def __init__(
        self,
        api_key: str,
        api_url: str,
        shop_origin: str,
        resolve_order: Callable[[str], Optional[tuple]],
        on_status: Callable[[str, str, dict], None],
        status_secret: Optional[str] = None,
        notification_path="/checkout/notification",
        return_path="/return",
        cancel_path="/cancel",
        session_cookie="shop_session",
    ):
        # The key trimmed: a key read from a file often ends with a newline, and a signature computed with it would
        # fail. MultiSafepay's PHP SDK trims it (php-sdk src/Sdk.php:63); its Python SDK only when it verifies a
        # webhook (python-sdk src/multisafepay/util/webhook.py:84), not on requests (client.py:88, 334).
        self.api_key = api_key.strip()
        self.api = MultiSafepay(self.api_key, api_url)
        self.shop = shop_origin.rstrip("/")
        self.resolve_order = resolve_order
        self.on_status = on_status
        self.status_secret = (status_secret or self.api_key).encode()
        self.notification_path = notification_path
        self.return_path = return_path
        self.cancel_path = cancel_path
        self.session_cookie = session_cookie
        self.lock = threading.Lock()
        self.order_locks = {}
        self.pages = {}  # order id -> the payment page, who asked for it and for what
        self.statuses = {}  # order id -> the last verified status
        self.reported = set()  # (order id, status) given to on_status

    # ---- the shopper's proof ---------------------------------------------------------------------------------

    def proof(self, order_id):
        """msp_token: base64url(HMAC-SHA256(status secret, "msp-status:" + order id)), without padding."""
        digest = hmac.new(self.status_secret, ("msp-status:" + order_id).encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def with_proof(self, url, order_id):
        parts = urllib.parse.urlsplit(url)
        query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True) + [("msp_token", self.proof(order_id))]
        return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))

    # ---- POST create-order: the element's Pay ---------------------------------------------------------------

    def create_order(self, request: Request) -> Response:
        if request.method != "POST":
            return refusal(405, "Use POST", [("Allow", "POST")])
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        # Everything a page on another site could send is refused before any work.
        if content_type != "application/json":
            return refusal(403, "The body must be application/json")
        if request.headers.get("x-msp-checkout") != "1":
            return refusal(403, "The X-MSP-Checkout header is missing")
        if request.headers.get("sec-fetch-site") == "cross-site":
            return refusal(403, "Cross-site requests are refused")
        origin = request.headers.get("origin")
        if origin is not None and origin != self.shop:
            log.warning("create-order refused: Origin %r is not %s", origin[:100], self.shop)
            return refusal(403, "This origin may not create orders")
        if len(request.body) > MAX_BODY:
            return refusal(413, "Request body too large")
        try:
            body = json.loads(request.body)
        except ValueError:
            return refusal(400, "The body is not valid JSON")
        if not isinstance(body, dict):
            return refusal(400, "The body must be a JSON object")
        problems = self.order_problems(body)
        if problems:
            return refusal(400, "; ".join(problems))

        order_id = body["order_id"]
        known = self.resolve_order(order_id)
        if known is None:
            return refusal(404, "Unknown order")
        amount, currency, description, *shop_fields = known  # the shop's price: the browser's amount is never used

        upstream = {
            "type": "redirect",
            "order_id": order_id,
            "currency": currency,
            "amount": amount,
            "description": description,
            "payment_options": {
                "notification_url": self.shop + self.notification_path,
                # MultiSafepay signs POST notifications only (docs content/payment-management/webhook.md:224).
                "notification_method": "POST",
                "redirect_url": self.with_proof(self.shop + self.return_path, order_id),
                "cancel_url": self.with_proof(self.shop + self.cancel_path, order_id),
            },
        }
        # Without a gateway, MultiSafepay's payment page lists the methods (its orders/PaymentPage.yaml: "If unset").
        if "gateway" in body:
            upstream["gateway"] = body["gateway"]
        customer = body.get("customer")
        if isinstance(customer, dict):
            upstream["customer"] = customer
        problem = self.add_shop_fields(upstream, shop_fields[0] if shop_fields else {})
        if problem:
            # The shop's mistake, not the shopper's: logged, and MultiSafepay is not asked.
            log.error("create-order refused (500): order %s: %s", order_id, problem)
            return refusal(500, problem)

        session, cookie = self.session(request)
        owner = hashlib.sha256(session.encode()).hexdigest()
        with self.lock:
            order_lock = self.order_locks.setdefault(order_id, threading.Lock())
        with order_lock:
            answer = self.create_once(order_id, owner, upstream)
        if cookie:
            answer.headers.append(("Set-Cookie", cookie))
        return answer

    @staticmethod
    def add_shop_fields(upstream, fields):
        """Adds the shop's own fields (its customer, delivery, cart), which win over the browser's: of an object both
        give (customer), the browser's fields fill in only what the shop left out (its locale). Returns why
        MultiSafepay cannot take the order, or None: a field Checkout sets itself, or a buy-now-pay-later order
        without its cart, which MultiSafepay refuses only after the shopper waited."""
        if not isinstance(fields, dict):
            return "resolve_order gave order fields that are not a dict of MultiSafepay's fields"
        for name, value in fields.items():
            if name in NOT_SHOP_FIELDS:
                return f"resolve_order may not give {name}: this backend sets it"
            browsers = upstream.get(name)
            upstream[name] = {**browsers, **value} if isinstance(value, dict) and isinstance(browsers, dict) else value
        gateway = upstream.get("gateway")
        cart = upstream.get("shopping_cart")
        items = cart.get("items") if isinstance(cart, dict) else None
        if isinstance(gateway, str) and gateway.upper() in SHOPPING_CART_GATEWAYS and not (
            isinstance(items, list) and items
        ):
            return (
                f"{gateway} is a buy-now-pay-later method: MultiSafepay takes its orders only with a shopping_cart of"
                " at least one item, and resolve_order gave none (the shop must send the cart)"
            )
        return None

    def order_problems(self, body):
        problems = []
        if body.get("type", "redirect") != "redirect":
            problems.append('type must be "redirect"')
        # A gateway, or none: MultiSafepay's payment page then lists the methods. A null or "" is neither.
        if "gateway" in body and not (isinstance(body["gateway"], str) and GATEWAY_ID.fullmatch(body["gateway"])):
            problems.append('gateway must be a MultiSafepay gateway id such as "IDEAL", or left out')
        if not is_order_id(body.get("order_id")):
            problems.append("order_id must be 1 to 50 printable characters")
        amount = body.get("amount")
        if isinstance(amount, str) and amount.isdigit():
            amount = int(amount)  # MultiSafepay's own example requests write "1000"
        if "amount" in body and not is_amount(amount):
            problems.append("amount must be a positive integer in minor units")
        if "currency" in body and not (isinstance(body["currency"], str) and CURRENCY.fullmatch(body["currency"])):
            problems.append('currency must be an ISO 4217 code such as "EUR"')
        description = body.get("description")
        if "description" in body and not (
            isinstance(description, str)
            and len(description) <= 200
            and not CONTROL.search(description)
            and not HTML_TAG.search(description)
        ):
            problems.append("description must be plain text of at most 200 characters")
        customer = body.get("customer")
        if customer is not None:
            locale = customer.get("locale") if isinstance(customer, dict) else None
            match = LOCALE.fullmatch(locale) if isinstance(locale, str) else None
            if not isinstance(customer, dict) or (locale is not None and not match):
                problems.append('customer must be an object such as {"locale":"en_US"}')
            elif match:
                customer["locale"] = match.group(1).lower() + "_" + match.group(2).upper()
        return problems

    def session(self, request):
        """The shopper's session id, and the Set-Cookie that starts one when the browser has none."""
        session = request.cookies.get(self.session_cookie, "")
        if re.fullmatch(r"[A-Za-z0-9_-]{22,64}", session):
            return session, None
        session = secrets.token_urlsafe(16)
        secure = "; Secure" if self.shop.startswith("https:") else ""
        return session, f"{self.session_cookie}={session}; Path=/; HttpOnly; SameSite=Lax{secure}"

    def create_once(self, order_id, owner, upstream):
        page = self.pages.get(order_id)
        if page is not None:
            # The payment page goes only to the browser that created the order.
            if page["owner"] != owner:
                log.warning("order %s: a retry from another browser refused", order_id)
                return refusal(409, f"Order {order_id} already exists", code=1006)
            same = all(page[name] == upstream.get(name) for name in ("gateway", "amount", "currency"))
            if same:
                status, lookup = self.status_of(order_id)
                if status == "initialized":
                    return json_response(200, {"success": True, "data": page["data"]})
                if status is not None:
                    return refusal(409, f"Order {order_id} is already {status}", code=1006)
                if lookup is not None:
                    return lookup
        code, answer = self.api.call("POST", "/orders", upstream)
        data = answer.get("data") if isinstance(answer.get("data"), dict) else {}
        if answer.get("success") is not True:
            return passed_through(code, answer)
        if not isinstance(data.get("payment_url"), str):
            return refusal(502, "MultiSafepay answered without a payment page")
        self.pages[order_id] = {
            "owner": owner,
            "gateway": upstream.get("gateway"),
            "amount": upstream["amount"],
            "currency": upstream["currency"],
            "data": data,
        }
        return json_response(200, {"success": True, "data": data})

    def status_of(self, order_id):
        """(status, None) from a verified notification or MultiSafepay; (None, None) for an order it does not know;
        (None, Response) when MultiSafepay could not be asked."""
        with self.lock:
            known = self.statuses.get(order_id)
        if known:
            return known, None
        code, answer = self.api.call("GET", "/orders/" + urllib.parse.quote(order_id, safe=""))
        if code == 404 or answer.get("error_code") == 1006:
            return None, None
        data = answer.get("data")
        if answer.get("success") is not True or not isinstance(data, dict) or not data.get("status"):
            return None, passed_through(code, answer)
        return str(data["status"]), None

    # ---- GET gateways: the element's gateway list ---------------------------------------------------------------

    def list_gateways(self, request: Request) -> Response:
        if request.method != "GET":
            return refusal(405, "Use GET", [("Allow", "GET")])
        query = {}
        currency, amount = request.query.get("currency"), request.query.get("amount")
        country, locale = request.query.get("country"), request.query.get("locale")
        if currency:
            if not CURRENCY.fullmatch(currency):
                return refusal(400, "currency must be an ISO 4217 code")
            query["currency"] = currency
        if amount:
            if not re.fullmatch(r"[0-9]{1,15}", amount) or int(amount) < 1:
                return refusal(400, "invalid amount")
            query["amount"] = amount
        if country:
            if not re.fullmatch(r"[A-Za-z]{2}", country):
                return refusal(400, "country must be an ISO 3166 alpha-2 code")
            query["country"] = country.upper()
        if locale:
            match = LOCALE.fullmatch(locale)
            if not match:
                return refusal(400, "locale must look like en_US")
            query["locale"] = match.group(1).lower() + "_" + match.group(2).upper()
        path = "/payment-methods" + ("?" + urllib.parse.urlencode(sorted(query.items())) if query else "")
        code, answer = self.api.call("GET", path)
        if code != 200 or answer.get("success") is not True:
            return passed_through(code, answer)
        data = answer.get("data") if isinstance(answer.get("data"), list) else []
        return json_response(200, {"success": True, "data": data})

    # ---- MultiSafepay's notification (webhook) ------------------------------------------------------------------

    def signature_problem(self, raw, auth):
        """Why the Auth header does not sign these bytes, or None. The HMAC covers the body exactly as received:
        MultiSafepay's Python SDK re-serialises it as compact JSON first (python-sdk
        src/multisafepay/util/webhook.py:55-61, 81), so a body sent with spaces fails there; the PHP SDK hashes
        the raw body (php-sdk src/Util/Notification.php:69-72), as here."""
        if not auth:
            return "missing Auth header"
        try:
            decoded = base64.b64decode(auth, validate=True).decode("ascii")
        except (binascii.Error, ValueError):
            return "malformed Auth header"
        timestamp, colon, signature = decoded.partition(":")
        if not colon or not timestamp.isdigit():
            return "malformed Auth header"
        if abs(time.time() - int(timestamp)) > NOTIFICATION_WINDOW:
            return "stale timestamp"
        if not SIGNATURE.fullmatch(signature):
            return "bad signature"
        expected = hmac.new(self.api_key.encode(), timestamp.encode() + b":" + raw, hashlib.sha512).hexdigest()
        return None if hmac.compare_digest(expected, signature) else "bad signature"

    def notification(self, request: Request) -> Response:
        if request.method == "POST":
            if len(request.body) > MAX_NOTIFICATION:
                return refusal(413, "Request body too large")
            problem = self.signature_problem(request.body, request.headers.get("auth"))
            if problem:
                log.warning("notification refused: %s", problem)
                return refusal(403, "Notification refused")
            try:
                order = json.loads(request.body)
            except ValueError:
                order = None
            if not isinstance(order, dict) or not is_order_id(order.get("order_id")):
                return refusal(400, "The notification has no order_id")
            order_id = order["order_id"]
            # The order is the signed body's; a query naming another order is someone else's signature replayed.
            claimed = request.query.get("transactionid")
            if claimed is not None and claimed != order_id:
                log.warning("notification refused: transactionid %r is not the signed order %r", claimed, order_id)
                return refusal(400, "transactionid does not match the signed order")
            status = order.get("status")
            if not isinstance(status, str) or status == "":
                return refusal(400, "The notification has no status")
            return self.act(order_id, status, order)
        if request.method == "GET":
            # Nothing is signed with notification_method GET: it only says "ask MultiSafepay about this order".
            order_id = request.query.get("transactionid")
            if not is_order_id(order_id):
                return refusal(400, "transactionid is missing or invalid")
            code, answer = self.api.call("GET", "/orders/" + urllib.parse.quote(order_id, safe=""))
            order = answer.get("data")
            if answer.get("success") is not True or not isinstance(order, dict) or not order.get("status"):
                log.warning("notification for %s not acknowledged: GET /orders answered %s", order_id, code)
                return passed_through(code, answer)  # not "OK": MultiSafepay sends it again
            return self.act(order_id, str(order["status"]), order)
        return refusal(405, "Use POST", [("Allow", "POST, GET")])

    def act(self, order_id, status, order):
        """on_status once per order and status, however often MultiSafepay resends; then the acknowledgement."""
        with self.lock:
            self.statuses[order_id] = status
            first = (order_id, status) not in self.reported
            self.reported.add((order_id, status))
        if first:
            try:
                self.on_status(order_id, status, order)
            except Exception:
                log.exception("on_status failed for %s", order_id)
                with self.lock:
                    self.reported.discard((order_id, status))
                return refusal(500, "Notification not processed")  # MultiSafepay sends it again
        return Response(200, b"OK", [("Content-Type", "text/plain; charset=utf-8")])

    # ---- GET status: the return page ----------------------------------------------------------------------------

    def order_status(self, request: Request) -> Response:
        if request.method != "GET":
            return refusal(405, "Use GET", [("Allow", "GET")])
        order_id = request.query.get("transactionid")
        if not is_order_id(order_id):
            return refusal(400, "transactionid is missing or invalid")
        token = request.query.get("msp_token", "")
        # Without the order's proof, exactly the answer for an order that does not exist, and no call to
        # MultiSafepay: order ids cannot be probed for other shoppers' payments.
        if not hmac.compare_digest(token.encode(), self.proof(order_id).encode()):
            return json_response(404, UNKNOWN_ORDER)
        status, failure = self.status_of(order_id)
        if failure is not None:
            return failure
        if status is None:
            return json_response(404, UNKNOWN_ORDER)
        return json_response(200, {"success": True, "data": {"order_id": order_id, "status": status}})
