// Loaded before the element's script by bench/msp.html and bench/floor.html. It places the element (tag from
// the page; gateways from ?n=: the catalogue's 17 active ids, then X01, X02, ...) and records into window.bench when
// its shadow DOM first holds all the radios, long tasks, the click, the submit and redirect events, and when
// fetch() was called and resolved. The element's own script is served with timestamps around it (/timed/).
(() => {
  const tag = document.currentScript.dataset.tag;
  const prefix = tag.split('-')[0];
  const params = new URLSearchParams(location.search);
  const count = Number(params.get('n') || 3);
  // The catalogue's active gateways only: on this development host (127.0.0.1) the element warns in the console
  // about retired ones (ALIPAY, GIROPAY, DIRECTBANK), which a shop's live domain never sees.
  const catalogue = 'IDEAL,DOTPAY,ALIPAYPLUS,MISTERCASH,PAYPAL,TRUSTLY,EPS,MBWAY,MULTIBANCO'
    .split(',')
    .concat('BELFIUS,KBC,CBC,MYBANK,BIZUM,TRUSTPAY,WECHAT,BANKTRANS'.split(','));
  const ids = catalogue.slice(0, count);
  for (let i = 1; ids.length < count; i += 1) ids.push(`X${String(i).padStart(2, '0')}`);

  // ?warm=1: the page has already used Intl (as most shops have), so ICU's locale and currency data is loaded.
  if (params.get('warm')) {
    new Intl.Locale('en-US').maximize();
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(1);
  }

  const bench = { t0: NaN, rendered: NaN, radios: 0, longTasks: [] };
  window.bench = bench;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // The first moment the shadow DOM holds all the radios: a MutationObserver on every shadow root as it is
  // attached (its callback runs in the microtask after the DOM change), with a rAF poll as a fallback.
  const check = (root) => {
    if (!Number.isNaN(bench.rendered)) return;
    const radios = root.querySelectorAll('input[type=radio]').length;
    if (radios >= count) {
      bench.rendered = performance.now();
      bench.radios = radios;
    }
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true });
    return root;
  };
  const poll = () => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (root) check(root);
    if (Number.isNaN(bench.rendered)) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // Lit's update cycles, to see re-render storms: each call of the element's update() (Lit elements only).
  bench.updates = 0;
  const define = customElements.define;
  customElements.define = function (name, constructor, options) {
    const update = constructor.prototype.update;
    if (name === tag && typeof update === 'function') {
      constructor.prototype.update = function (...args) {
        bench.updates += 1;
        return update.apply(this, args);
      };
    }
    return define.call(this, name, constructor, options);
  };

  const originalFetch = window.fetch;
  window.fetch = function (...args) {
    bench.fetchCalled = performance.now();
    return originalFetch.apply(this, args).then((response) => {
      bench.fetchResolved = performance.now();
      return response;
    });
  };
  document.addEventListener('click', (event) => (bench.click = event.timeStamp), true);
  document.addEventListener(`${prefix}-submit`, () => (bench.submitted = performance.now()), true);
  document.addEventListener(
    `${prefix}-redirect`,
    (event) => {
      bench.redirected = performance.now();
      event.preventDefault(); // stay on the page; the element's next step would be location.assign
    },
    true,
  );

  const element = document.createElement(tag);
  const attributes = {
    endpoint: '/create-order',
    gateways: ids.join(','),
    amount: '1000',
    currency: 'EUR',
    'order-id': 'bench-1',
    description: 'Benchmark order',
    locale: 'en_US',
    'payment-origins': location.origin,
  };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
})();
