import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { backend, gatewayList } from '../../support/backend-client.js';
import { report } from '../../support/figures.js';
import { openWindow, waitForPath } from '../../support/popup.js';

// dist/msp-checkout.min.js is one self-contained file for paying; the part it loads on demand
// (msp-checkout.gateway-list.js: the gateways-endpoint list, which most shops do not use) is a file of its own next
// to it. The shop's <script integrity> covers the script only; the script carries the part's sha384 and runs it only
// if the browser checked it (src/on-demand.script-tag.ts). Here the built files are served by
// test/support/backend.mjs under /backend/parts/<variant>-<id>/: genuine, tampered (a line added that sets
// window.__tampered), missing (404), flaky (404 once), swap (genuine once, tampered after). `npm test` builds first.

const SUITE = 'on-demand-integrity';
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
function folder(variant: 'genuine' | 'tampered' | 'missing' | 'flaky' | 'swap') {
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

/**
 * A frame with the script from a folder of `variant`, and a checkout of a fake gateway list: the folder, the list,
 * the frame and its window.
 */
async function listFrame(variant: Parameters<typeof folder>[0], csp = '', nonce = '') {
  const hosted = folder(variant);
  const list = gatewayList('payment-methods');
  const iframe = await html(
    hosted.script,
    `<msp-checkout endpoint="/orders" gateways-endpoint="${list.endpoint}" amount="1000" currency="EUR"
      locale="en_US" country="NL"></msp-checkout>`,
    csp,
    nonce,
  ).then(frame);
  return { hosted, list, iframe, view: iframe.contentWindow as PageWindow };
}

describe('parts of the script tag loaded on demand, under Subresource Integrity', () => {
  it('the script carries the sha384 of the part as built', async () => {
    const script = await (await fetch('/backend/dist/msp-checkout.min.js')).text();
    const response = await fetch(`/backend/dist/${LIST}`);
    expect(response.status).to.equal(200);
    const bytes = await response.arrayBuffer();
    const hash = await sha384(bytes);
    expect(script, hash).to.include(hash);
    // And the part is whole on its own: it imports nothing, so nothing unhashed is ever fetched.
    expect(new TextDecoder().decode(bytes)).not.to.match(/\bimport\s*[("'`{*]|\bfrom\s*["'`]/);
  });

  it('pays with the script alone: a copy with no file beside it takes the payment and asks for none', async () => {
    const hosted = folder('missing');
    const { endpoint, requests } = backend('success');
    const view = await payPage(hosted, endpoint, 'parts-alone');
    try {
      const { button } = checkout(view);
      await waitUntil(() => view.document.querySelector('msp-checkout')?.shadowRoot?.querySelector('button'));
      expect(view.errors).to.deep.equal([]);
      button().click();
      await waitForPath(view, '/backend/pay/parts-alone');
      expect(await requests()).to.have.length(1);
      // One self-contained file: the Pay request is inside it; a page with its own gateways in English
      // needs nothing else.
      expect(await hosted.requests()).to.deep.equal([]);
    } finally {
      view.close();
    }
  });

  it('pays from a copy pasted into the page (an inline script, no src)', async () => {
    const { endpoint, requests } = backend('success');
    const view = (await openWindow(
      `<!doctype html><html lang="en"><head></head><body>
        <msp-checkout endpoint="${endpoint}" gateways="IDEAL" amount="1000" currency="EUR" locale="en_US"
          order-id="parts-inline" payment-origins="${location.origin}"></msp-checkout></body></html>`,
    )) as PageWindow;
    try {
      const script = view.document.createElement('script');
      script.textContent = await (await fetch('/backend/dist/msp-checkout.min.js')).text();
      view.document.head.append(script);
      const { button } = checkout(view);
      await waitUntil(() => view.document.querySelector('msp-checkout')?.shadowRoot?.querySelector('button'));
      button().click();
      await waitForPath(view, '/backend/pay/parts-inline');
      expect(await requests()).to.have.length(1);
    } finally {
      view.close();
    }
  });

  it('a list part that failed to load once is fetched again on Retry, checked, and the list shows', async () => {
    const { hosted, iframe, view } = await listFrame('flaky');
    try {
      const { el, radios } = checkout(view);
      const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
      await waitUntil(retry, 'the list did not fail');
      expect(view.codes).to.deep.equal(['network-error']);
      retry()!.click();
      await waitUntil(() => radios().length > 0, 'the list did not show after Retry');
      const tries = await hosted.requests(LIST);
      expect(tries).to.have.length(2);
      expect(tries[1]).to.match(/\?retry=1$/);
      expect(view.__tampered).to.equal(undefined);
    } finally {
      iframe.remove();
    }
  });

  it('runs the copy it checked: a host that changes the part after the check does not get a second fetch', async () => {
    const { hosted, iframe, view } = await listFrame('swap');
    try {
      const { radios } = checkout(view);
      await waitUntil(() => radios().length > 0, 'the list did not show');
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
      const { hosted, list, iframe, view } = await listFrame(variant);
      try {
        const { el, radios } = checkout(view);
        await waitUntil(() => view.codes.length > 0, 'no msp-error');
        await waitUntil(() => el.shadowRoot!.querySelector('[part="list-error"]'), 'the list did not fail');
        expect(view.codes).to.deep.equal(['network-error']);
        // docs/errors.md: the row of the code the merchant hears names this cause, not only an unreachable endpoint.
        const errors = await (await fetch('/docs/errors.md')).text();
        const row = errors.split('\n').find((line) => line.startsWith(`| \`${view.codes[0]}\``));
        expect(row, "docs/errors.md's row for network-error").to.match(/part .* did not load or failed its hash/);
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
    const { iframe, view } = await listFrame('genuine', "script-src 'nonce-parts1'", 'parts1');
    try {
      const { radios } = checkout(view);
      await waitUntil(() => radios().length > 0, 'the list did not show');
      expect(view.codes).to.deep.equal([]);
      expect(view.errors).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });
});
