import { expect, waitUntil } from '@open-wc/testing';
import { backend, gatewayList } from '../support/backend-client.js';
import { report } from '../support/figures.js';
import { openWindow, waitForPath } from '../support/popup.js';

// The parts dist/msp-checkout.min.js loads on demand (msp-checkout.pay-request.js: the POST and the payment_url
// check; msp-checkout.gateway-list.js: the gateways-endpoint list) are files of their own next to it. The shop's
// <script integrity> covers the script only; the script carries each part's sha384 and runs a part only if the
// browser checked it (src/on-demand.script-tag.ts). Here the built files are served by test/support/backend.mjs under
// /backend/parts/<variant>-<id>/: genuine, tampered (a line added that sets window.__tampered), missing (404), flaky
// (404 once), swap (genuine once, tampered after), slow (genuine, after 1.5 s). `npm test` builds first.

const SUITE = 'on-demand-integrity';
const PAY = 'msp-checkout.pay-request.js';
const LIST = 'msp-checkout.gateway-list.js';

interface PageWindow extends Window {
  errors: string[];
  codes: string[];
  __tampered?: string;
}

interface PartRequest {
  url: string;
}

let counter = 0;

/** A folder of its own for one test, its parts served as `variant` says. */
function folder(variant: 'genuine' | 'tampered' | 'missing' | 'flaky' | 'swap' | 'slow') {
  const name = `${variant}-${Date.now().toString(36)}-${(counter += 1)}`;
  return {
    script: `/backend/parts/${name}/msp-checkout.min.js`,
    /** The requests for the parts of this folder that reached the server, as paths with their query. */
    async requests(file?: string): Promise<string[]> {
      const logged = (await (await fetch(`/backend/log?test=parts:${name}`)).json()) as PartRequest[];
      return logged.map(({ url }) => url).filter((url) => file === undefined || url.includes(`/${file}`));
    },
  };
}

async function integrity() {
  return (await (await fetch('/dist/msp-checkout.min.js.sri')).text()).trim();
}

/** The document: the shop's script tag (with its published hash) in the head, `body` after it. */
async function html(script: string, body: string, csp = '', nonce = '') {
  const nonced = nonce ? ` nonce="${nonce}"` : '';
  return `<!doctype html><html lang="en"><head>
    ${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}
    <script${nonced}>window.errors = []; window.codes = [];
      addEventListener('error', (e) => errors.push(String(e.message)));
      addEventListener('msp-error', (e) => codes.push(e.detail.code));</script>
    <script src="${script}" integrity="${await integrity()}" crossorigin="anonymous"${nonced}></script>
    </head><body>${body}</body></html>`;
}

async function frame(markup: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = markup;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe;
}

async function sha384(bytes: ArrayBuffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

function checkout(view: Window) {
  const el = view.document.querySelector('msp-checkout')!;
  const root = () => el.shadowRoot!;
  return {
    el,
    button: () => root().querySelector<HTMLButtonElement>('button[type="submit"]')!,
    form: () => root().querySelector('form')!,
    alert: () => root().querySelector<HTMLElement>('#error')!,
    radios: () => [...root().querySelectorAll<HTMLInputElement>('input[type="radio"]')],
  };
}

/** A window of its own (Pay navigates it) with the script from `hosted` and a checkout of the page's own gateways. */
async function payPage(hosted: ReturnType<typeof folder>, endpoint: string, orderId: string): Promise<PageWindow> {
  return (await openWindow(
    await html(
      hosted.script,
      `<msp-checkout endpoint="${endpoint}" gateways="IDEAL" amount="1000" currency="EUR" locale="en_US"
        order-id="${orderId}" payment-origins="${location.origin}"></msp-checkout>`,
    ),
  )) as PageWindow;
}

/** A frame with the script from `hosted` and a checkout of the gateway list at `listEndpoint`. */
function listFrame(hosted: ReturnType<typeof folder>, listEndpoint: string, csp = '', nonce = '') {
  return html(
    hosted.script,
    `<msp-checkout endpoint="/orders" gateways-endpoint="${listEndpoint}" amount="1000" currency="EUR"
      locale="en_US" country="NL"></msp-checkout>`,
    csp,
    nonce,
  ).then(frame);
}

describe('parts of the script tag loaded on demand, under Subresource Integrity', () => {
  it('the script carries the sha384 of each part as built', async () => {
    const script = await (await fetch('/backend/dist/msp-checkout.min.js')).text();
    for (const file of [PAY, LIST]) {
      const response = await fetch(`/backend/dist/${file}`);
      expect(response.status, file).to.equal(200);
      const hash = await sha384(await response.arrayBuffer());
      expect(script, `${file} ${hash}`).to.include(hash);
    }
    // And each part is whole on its own: it imports nothing, so nothing unhashed is ever fetched.
    for (const file of [PAY, LIST]) {
      const code = await (await fetch(`/backend/dist/${file}`)).text();
      expect(code, file).not.to.match(/\bimport\s*[("'`{*]|\bfrom\s*["'`]/);
    }
  });

  it('pays through with the genuine part, fetched once and checked', async () => {
    const hosted = folder('genuine');
    const { endpoint, requests } = backend('success');
    const view = await payPage(hosted, endpoint, 'parts-genuine');
    try {
      const { button } = checkout(view);
      await waitUntil(() => view.document.querySelector('msp-checkout')?.shadowRoot?.querySelector('button'));
      // The Pay part loads after the first render; Pay uses that load, it does not fetch again.
      await waitUntil(async () => (await hosted.requests(PAY)).length === 1, 'the Pay part was not fetched');
      expect(view.errors).to.deep.equal([]);
      button().click();
      await waitForPath(view, '/backend/pay/parts-genuine');
      expect(await requests()).to.have.length(1);
      expect(await hosted.requests(PAY)).to.have.length(1);
      // A page with its own gateways never loads the list's part.
      expect(await hosted.requests(LIST)).to.have.length(0);
    } finally {
      view.close();
    }
  });

  for (const variant of ['tampered', 'missing'] as const) {
    it(`a ${variant} Pay part: Pay ends in a network-error, the tampered code does not run, the window stays`, async () => {
      const hosted = folder(variant);
      const { endpoint, requests } = backend('success');
      const view = await payPage(hosted, endpoint, `parts-${variant}`);
      try {
        const { button, form, alert } = checkout(view);
        await waitUntil(() => view.document.querySelector('msp-checkout')?.shadowRoot?.querySelector('button'));
        for (const attempt of [1, 2]) {
          button().click();
          await waitUntil(() => view.codes.length === attempt, `no msp-error for Pay ${attempt}`, { timeout: 8000 });
          await waitUntil(() => form().getAttribute('aria-busy') === 'false', 'the element stayed busy');
          expect(view.codes[attempt - 1]).to.equal('network-error');
          expect(alert().textContent!.trim()).not.to.equal('');
          expect(button().disabled).to.be.false;
        }
        // Nothing of the part ran: it did not set its flag, sent no order, and the window did not navigate.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const ran = view.__tampered !== undefined ? 1 : 0;
        const navigated = view.location.pathname !== '/backend/page' ? 1 : 0;
        await report(SUITE, { [`${variant} parts refused`]: 1, 'tampered parts run': ran, navigations: navigated });
        expect(view.__tampered).to.equal(undefined);
        expect(await requests()).to.deep.equal([]);
        // README, Errors: the row of the code the merchant hears names this cause, not only an unreachable endpoint.
        const readme = await (await fetch('/README.md')).text();
        const row = readme.split('\n').find((line) => line.startsWith(`| \`${view.codes[0]}\``));
        expect(row, "the README's row for network-error").to.match(/part .* did not load or failed its hash/);
        expect(view.location.pathname).to.equal('/backend/page');
        expect((await (await fetch(`/backend/log?test=pay:parts-${variant}`)).json()) as unknown[]).to.deep.equal([]);
        // Each try was a new request for the part (the load after the first render, then each Pay): a failed load
        // is tried again, never taken from a cache of the failure, never imported without its check.
        const tries = await hosted.requests(PAY);
        expect(tries.length).to.be.at.least(2);
        expect(new Set(tries).size).to.equal(tries.length);
        expect(view.errors).to.deep.equal([]);
      } finally {
        view.close();
      }
    });
  }

  it('a part that failed to load once is fetched again, checked, and Pay goes through', async () => {
    const hosted = folder('flaky');
    const { endpoint } = backend('success');
    const view = await payPage(hosted, endpoint, 'parts-flaky');
    try {
      const { button } = checkout(view);
      await waitUntil(async () => (await hosted.requests(PAY)).length === 1, 'the Pay part was not fetched');
      // Its load after the first render got a 404 and settled: the element did not go on without it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      button().click();
      await waitForPath(view, '/backend/pay/parts-flaky');
      const tries = await hosted.requests(PAY);
      expect(tries).to.have.length(2);
      expect(tries[1]).to.match(/\?retry=1$/);
    } finally {
      view.close();
    }
  });

  it('Pay pressed while the Pay part is on its way: Processing… at once, the order once the part is checked', async () => {
    const hosted = folder('slow');
    const { endpoint, requests } = backend('success');
    const view = await payPage(hosted, endpoint, 'parts-slow');
    try {
      const { button, form } = checkout(view);
      const submitted: unknown[] = [];
      await waitUntil(() => view.document.querySelector('msp-checkout')?.shadowRoot?.querySelector('button'));
      checkout(view).el.addEventListener('msp-submit', (event) => submitted.push((event as CustomEvent).detail));
      await waitUntil(async () => (await hosted.requests(PAY)).length === 1, 'the Pay part was not asked for');
      button().click();
      // The press is taken at once (msp-submit, then busy); nothing goes to the endpoint before the part is checked.
      expect(submitted).to.have.length(1);
      await waitUntil(() => form().getAttribute('aria-busy') === 'true', 'Pay did not show busy');
      expect(button().textContent!.trim()).to.equal('Processing…');
      expect(await requests()).to.deep.equal([]);
      await waitForPath(view, '/backend/pay/parts-slow');
      expect(await requests()).to.have.length(1);
      // The load after the first render was the one Pay waited for: one fetch of the part.
      expect(await hosted.requests(PAY)).to.have.length(1);
    } finally {
      view.close();
    }
  });

  it('runs the copy it checked: a host that changes the part after the check does not get a second fetch', async () => {
    const hosted = folder('swap');
    const list = gatewayList('payment-methods');
    const iframe = await listFrame(hosted, list.endpoint);
    const view = iframe.contentWindow as PageWindow;
    try {
      const { radios } = checkout(view);
      await waitUntil(() => radios().length > 0, 'the list did not show', { timeout: 8000 });
      expect(await hosted.requests(LIST)).to.have.length(1);
      expect(view.__tampered).to.equal(undefined);
      expect(view.errors).to.deep.equal([]);
      expect(view.codes).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });

  for (const variant of ['tampered', 'missing'] as const) {
    it(`a ${variant} gateway-list part: the list fails with a network-error, and no list is requested`, async () => {
      const hosted = folder(variant);
      const list = gatewayList('payment-methods');
      const iframe = await listFrame(hosted, list.endpoint);
      const view = iframe.contentWindow as PageWindow;
      try {
        const { el, radios } = checkout(view);
        await waitUntil(() => view.codes.length > 0, 'no msp-error', { timeout: 8000 });
        await waitUntil(() => el.shadowRoot!.querySelector('[part="list-error"]'), 'the list did not fail');
        expect(view.codes).to.deep.equal(['network-error']);
        expect(el.shadowRoot!.querySelector('[part="list-error"]')!.textContent!.trim()).not.to.equal('');
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
        expect(radios()).to.have.length(0);
        expect(view.__tampered).to.equal(undefined);
        expect(await list.requests()).to.deep.equal([]);
        expect(await hosted.requests(LIST)).to.have.length.at.least(1);
        await report(SUITE, { [`${variant} parts refused`]: 1, 'tampered parts run': view.__tampered ? 1 : 0 });
      } finally {
        iframe.remove();
      }
    });
  }

  it("loads the parts under a nonce-based Content-Security-Policy: the script's nonce goes on to them", async () => {
    const hosted = folder('genuine');
    const list = gatewayList('payment-methods');
    const iframe = await listFrame(hosted, list.endpoint, "script-src 'nonce-parts1'", 'parts1');
    const view = iframe.contentWindow as PageWindow;
    try {
      const { radios } = checkout(view);
      await waitUntil(() => radios().length > 0, 'the list did not show', { timeout: 8000 });
      expect(view.codes).to.deep.equal([]);
      expect(view.errors).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });
});
