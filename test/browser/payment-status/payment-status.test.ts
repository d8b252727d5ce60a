// <msp-payment-status>, the return page: what the shopper reads and hears, what the page's listeners get and what
// goes over the wire, against a status endpoint on the test server (test/support/backend.mjs, /backend/status).
import { expect, fixture, html } from '@open-wc/testing';
import { install, timers, type Clock } from '@sinonjs/fake-timers';
import { waitUntil } from '../../support/wait.js';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { MspPaymentStatus, MspStatusEvent, type MspStatusDetail } from '../../../src/index.js';
import '../../../src/payment-status/define.js';
import { MspPaymentStatus as SideEffectFree } from '../../../src/msp-checkout.js';
import { outcomeOf, nextDelay, parseStatusResponse, statusUrl } from '../../../src/payment-status/status-response.js';
import { statusBackend } from '../../support/status-backend.js';

interface MountOptions {
  endpoint?: string;
  orderId?: string;
  locale?: string;
  pendingTimeout?: string;
  headingLevel?: string;
  timeout?: string;
}

/** Mounts the element the way a return page writes it, recording every msp-status. */
async function mount(options: MountOptions, slotted = html``) {
  const events: MspStatusDetail[] = [];
  // The element itself is the fixture (fixture() awaits its updateComplete; a plain wrapper would wait for an
  // animation frame, which a background test tab never gets).
  const el = await fixture<MspPaymentStatus>(
    html`<msp-payment-status
      endpoint=${options.endpoint ?? ''}
      order-id=${options.orderId ?? 'order-1'}
      locale=${options.locale ?? 'en_US'}
      pending-timeout=${options.pendingTimeout ?? '120000'}
      heading-level=${options.headingLevel ?? '2'}
      timeout=${options.timeout ?? '30000'}
      @msp-status=${(event: MspStatusEvent) => events.push(event.detail)}
      >${slotted}</msp-payment-status
    >`,
  );
  return { el, events };
}

const part = (el: MspPaymentStatus, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const sentence = (el: MspPaymentStatus) => part(el, 'status')?.textContent?.trim() ?? '';
const liveStatus = (el: MspPaymentStatus) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const alertText = (el: MspPaymentStatus) => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim();

async function until(el: MspPaymentStatus, text: string, timeout = 8000) {
  await waitUntil(() => sentence(el) === text, `the sentence stayed "${sentence(el)}", not "${text}"`, { timeout });
}

/**
 * The page's visibility as the element sees it. Test pages may run in background tabs (web-test-runner runs files
 * side by side), where the element rightly stops asking again: the tests say "visible" unless they test hiding.
 */
function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * The connection as the element sees it: `navigator.onLine` and the window's `online`/`offline` events, as the browser
 * gives them when the shopper's network goes away and comes back (the test server itself stays reachable, so a
 * question asked while "offline" would reach it and be counted).
 */
function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/**
 * The element's timers, turned by hand in the tests of its waits (between questions, pending-timeout, hidden and
 * offline): a test says how much time passes, so none sleeps and a loaded machine changes nothing. Only setTimeout and
 * clearTimeout are fake (the element counts its waits, it reads no clock); the backend's answers still come over the
 * network in real time, and waitUntil polls with the real timers.
 */
let installed: Clock | undefined;

function useClock(): Clock {
  installed = install({ toFake: ['setTimeout', 'clearTimeout'] });
  return installed;
}

/**
 * Resolves once the element has set its next question `ms` ahead on the fake clock: the answer before it has arrived.
 * (The other timer it sets, a request's timeout, is 30 s ahead.)
 */
async function nextQuestionIn(clock: Clock, ms: number) {
  await waitUntil(
    () => [...(clock.timers?.values() ?? [])].some((timer) => timer.callAt! - clock.now === ms),
    `no question was set ${ms} ms ahead`,
  );
}

/**
 * axe hands its results over with setTimeout(0), which a fake clock runs only when it is turned, and turning it would
 * move the element's waits too: axe checks on the page's real timers, while the element's wait stays on the fake clock
 * (it sets none meanwhile: the tests check it between answers).
 */
async function expectAccessible(el: Element) {
  const fake = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  if (installed) Object.assign(globalThis, { setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout });
  try {
    await expect(el).to.be.accessible();
  } finally {
    Object.assign(globalThis, fake);
  }
}

describe('<msp-payment-status>', () => {
  beforeEach(() => setVisibility('visible'));
  afterEach(() => {
    installed?.uninstall();
    installed = undefined;
  });
  after(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });
  describe('creation', () => {
    it('is registered by the package and exported from the side-effect-free entry', () => {
      expect(customElements.get('msp-payment-status')).to.equal(MspPaymentStatus);
      expect(SideEffectFree).to.equal(MspPaymentStatus);
      expect(document.createElement('msp-payment-status')).to.be.instanceOf(MspPaymentStatus);
    });

    it('works when created by constructor', async () => {
      const backend = statusBackend('completed');
      const el = new MspPaymentStatus();
      el.endpoint = backend.endpoint;
      el.orderId = 'by-constructor';
      el.locale = 'en';
      document.body.append(el);
      try {
        await until(el, 'Thank you! Your payment was received.');
      } finally {
        el.remove();
      }
    });
  });

  describe('outcomes', () => {
    const cases: [string, string][] = [
      ['completed', 'Thank you! Your payment was received.'],
      ['shipped', 'Thank you! Your payment was received.'],
      ['cancelled', 'The payment was cancelled. Nothing was charged.'],
      ['declined', 'The payment was declined. Nothing was charged.'],
      ['expired', 'The payment was not completed in time and has expired. Nothing was charged.'],
      ['void', 'The payment was voided. Nothing was charged.'],
      ['refunded', 'This payment was refunded.'],
      ['partial_refunded', 'This payment was refunded.'],
      ['chargeback', 'This payment was reversed by your bank (chargeback). Please contact the shop.'],
      ['404', 'We could not find this order. Please contact the shop.'],
    ];
    for (const [answer, text] of cases) {
      it(`${answer}: says "${text}" as a heading, announces it once, fires a final msp-status, is axe-clean`, async () => {
        const backend = statusBackend(answer);
        // A question asked again would be set on this clock.
        const clock = answer === 'completed' ? useClock() : undefined;
        const { el, events } = await mount({ endpoint: backend.endpoint, orderId: 'A-1' });
        await until(el, text);
        const heading = part(el, 'status')!;
        expect(heading.getAttribute('role')).to.equal('heading');
        expect(heading.getAttribute('aria-level')).to.equal('2');
        expect(liveStatus(el)).to.equal(text);
        expect(part(el, 'spinner')).to.equal(null);
        expect(events).to.deep.equal([{ orderId: 'A-1', status: answer === '404' ? 'unknown' : answer, final: true }]);
        await expectAccessible(el);
        if (clock) {
          // Final: nothing more is asked (the first retry would come after 1 s), nor set to be, nor out.
          await clock.tickAsync(1500);
          expect(await backend.requests()).to.have.lengthOf(1);
          expect(clock.countTimers()).to.equal(0);
        }
      });
    }

    it('asks with ?transactionid= and the checkout header, and waits while pending until completed', async () => {
      const clock = useClock();
      const backend = statusBackend('initialized,uncleared,completed');
      const { el, events } = await mount({ endpoint: backend.endpoint, orderId: 'order 7/ü' });
      await until(el, 'Your payment is being processed. This page updates by itself.');
      expect(part(el, 'spinner')).to.exist;
      expect(el.shadowRoot!.querySelector('[aria-busy]')!.getAttribute('aria-busy')).to.equal('true');
      await expectAccessible(el);
      // Asked again after 1 s, then after 1.5 s.
      await nextQuestionIn(clock, 1000);
      await clock.tickAsync(1000);
      await nextQuestionIn(clock, 1500);
      await clock.tickAsync(1500);
      await until(el, 'Thank you! Your payment was received.');
      const requests = await backend.requests();
      expect(requests).to.have.lengthOf(3);
      for (const request of requests) {
        expect(new URL(request.url, location.origin).searchParams.get('transactionid')).to.equal('order 7/ü');
        expect(request.headers['x-msp-checkout']).to.equal('1');
      }
      expect(events).to.deep.equal([
        { orderId: 'order 7/ü', status: 'initialized', final: false },
        { orderId: 'order 7/ü', status: 'uncleared', final: false },
        { orderId: 'order 7/ü', status: 'completed', final: true },
      ]);
    });

    it('after pending-timeout says the shop confirms by e-mail, stops asking, and offers to check again', async () => {
      const clock = useClock();
      const backend = statusBackend('initialized,initialized,initialized,initialized,completed');
      const { el, events } = await mount({ endpoint: backend.endpoint, pendingTimeout: '2000' });
      // 1 s, then 1 s more (the rest of the 2 s).
      await nextQuestionIn(clock, 1000);
      await clock.tickAsync(1000);
      await nextQuestionIn(clock, 1000);
      await clock.tickAsync(1000);
      await until(
        el,
        'Your payment is still being processed. The shop will confirm your order by e-mail as soon as the payment is complete.',
      );
      expect(part(el, 'spinner')).to.equal(null);
      expect(events.at(-1)).to.deep.equal({ orderId: 'order-1', status: 'initialized', final: true });
      await expectAccessible(el);
      const asked = (await backend.requests()).length;
      // Three questions in all.
      expect(asked).to.equal(3);
      await clock.tickAsync(2500);
      expect(await backend.requests()).to.have.lengthOf(asked);
      expect(clock.countTimers()).to.equal(0);
      part(el, 'retry')!.click();
      await waitUntil(async () => (await backend.requests()).length > asked);
      expect(part(el, 'retry')).to.equal(null);
    });
  });

  describe('pausing', () => {
    afterEach(() => {
      delete (navigator as { onLine?: unknown }).onLine;
    });

    it('stops asking while the page is offline, says so, and asks at once when it is back online', async () => {
      const clock = useClock();
      const backend = statusBackend('initialized,initialized,completed');
      const errors: string[] = [];
      const { el, events } = await mount({ endpoint: backend.endpoint });
      el.addEventListener('msp-error', (event) => errors.push(event.detail.code));
      await until(el, 'Your payment is being processed. This page updates by itself.');
      expect(await backend.requests()).to.have.lengthOf(1);
      setOnline(false);
      const offline = 'You are offline. The payment is checked again as soon as you are back online.';
      await until(el, offline);
      expect(liveStatus(el)).to.equal(offline);
      // The next questions were due after 1 s and 2.5 s: offline, none is asked, nor set to be.
      await clock.tickAsync(3500);
      expect(await backend.requests()).to.have.lengthOf(1);
      expect(clock.countTimers()).to.equal(0);
      expect(sentence(el)).to.equal(offline);
      setOnline(true);
      // Asked at once, then again after 1.5 s.
      await nextQuestionIn(clock, 1500);
      await clock.tickAsync(1500);
      await until(el, 'Thank you! Your payment was received.');
      expect(await backend.requests()).to.have.lengthOf(3);
      expect(errors).to.deep.equal([]);
      expect(events.map((event) => event.status)).to.deep.equal(['initialized', 'completed']);
    });

    it('cancels a question in flight when the connection drops, shows no error, and asks again when back online', async () => {
      const clock = useClock();
      const backend = statusBackend('initialized,hold,completed');
      const errors: string[] = [];
      const { el } = await mount({ endpoint: backend.endpoint });
      el.addEventListener('msp-error', (event) => errors.push(event.detail.code));
      await until(el, 'Your payment is being processed. This page updates by itself.');
      await nextQuestionIn(clock, 1000);
      await clock.tickAsync(1000);
      await waitUntil(async () => (await backend.requests()).length === 2, 'the second question was never asked');
      setOnline(false);
      await waitUntil(
        async () => Boolean((await backend.requests())[1]!.aborted),
        'the question in flight was not cancelled',
      );
      await until(el, 'You are offline. The payment is checked again as soon as you are back online.');
      expect(alertText(el)).to.equal('');
      expect(part(el, 'retry')).to.equal(null);
      await clock.tickAsync(2500);
      expect(await backend.requests()).to.have.lengthOf(2);
      expect(clock.countTimers()).to.equal(0);
      setOnline(true);
      await until(el, 'Thank you! Your payment was received.');
      expect(errors).to.deep.equal([]);
    });

    it('does not count time offline towards pending-timeout: back online it keeps asking before it gives up', async () => {
      const clock = useClock();
      const backend = statusBackend('initialized');
      const { el } = await mount({ endpoint: backend.endpoint, pendingTimeout: '2000' });
      await until(el, 'Your payment is being processed. This page updates by itself.');
      setOnline(false);
      // Offline for longer than pending-timeout.
      await clock.tickAsync(3000);
      expect(await backend.requests()).to.have.lengthOf(1);
      setOnline(true);
      await until(el, 'Your payment is being processed. This page updates by itself.');
      await nextQuestionIn(clock, 1500);
      await clock.tickAsync(1500);
      await nextQuestionIn(clock, 500);
      await clock.tickAsync(500);
      await until(
        el,
        'Your payment is still being processed. The shop will confirm your order by e-mail as soon as the payment is complete.',
      );
      // Asked at once when back (the second question), then after 1.5 s and the remaining 0.5 s: the two seconds of
      // asking all happened online. Had the offline seconds counted, it would have given up after the second.
      expect(await backend.requests()).to.have.lengthOf(4);
    });

    it('hidden and offline: back online while still hidden waits, visible again asks', async () => {
      const clock = useClock();
      const backend = statusBackend('initialized,initialized,completed');
      const { el } = await mount({ endpoint: backend.endpoint });
      await until(el, 'Your payment is being processed. This page updates by itself.');
      setVisibility('hidden');
      setOnline(false);
      await clock.tickAsync(2500);
      setOnline(true);
      await clock.tickAsync(2500);
      expect(await backend.requests()).to.have.lengthOf(1);
      expect(clock.countTimers()).to.equal(0);
      setVisibility('visible');
      await until(el, 'Your payment is being processed. This page updates by itself.');
      await waitUntil(async () => (await backend.requests()).length === 2, 'no question after becoming visible');
    });

    it('does not start asking while the page is offline, and asks when it is online', async () => {
      const clock = useClock();
      setOnline(false);
      const backend = statusBackend('completed');
      const { el } = await mount({ endpoint: backend.endpoint });
      await until(el, 'You are offline. The payment is checked again as soon as you are back online.');
      await clock.tickAsync(1500);
      expect(await backend.requests()).to.have.lengthOf(0);
      expect(clock.countTimers()).to.equal(0);
      setOnline(true);
      await until(el, 'Thank you! Your payment was received.');
      expect(await backend.requests()).to.have.lengthOf(1);
    });

    it('stops asking while the page is hidden, and asks at once when it is visible again', async () => {
      const clock = useClock();
      const backend = statusBackend('initialized,initialized,completed');
      const { el } = await mount({ endpoint: backend.endpoint });
      await until(el, 'Your payment is being processed. This page updates by itself.');
      setVisibility('hidden');
      // The next question was due after 1 s: hidden, it waits.
      await clock.tickAsync(2500);
      const whileHidden = (await backend.requests()).length;
      await clock.tickAsync(2500);
      expect(await backend.requests()).to.have.lengthOf(whileHidden);
      expect(clock.countTimers()).to.equal(0);
      expect(whileHidden).to.be.at.most(2);
      setVisibility('visible');
      await waitUntil(
        async () => (await backend.requests()).length > whileHidden,
        'no question after becoming visible',
      );
    });
  });

  describe('order id', () => {
    it('reads transactionid from the page URL by default', async () => {
      const backend = statusBackend('completed');
      history.replaceState(null, '', `${location.pathname}?transactionid=from-url-42`);
      try {
        const el = await fixture<MspPaymentStatus>(
          html`<msp-payment-status endpoint=${backend.endpoint} locale="en"></msp-payment-status>`,
        );
        await until(el, 'Thank you! Your payment was received.');
        const [request] = await backend.requests();
        expect(new URL(request!.url, location.origin).searchParams.get('transactionid')).to.equal('from-url-42');
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });

    it("sends the page URL's msp_token, the order's status proof, with its request", async () => {
      const backend = statusBackend('completed');
      const token = 'S_9r5I-V_WWq-H0nRslGZcoaQuQSCHCEUlvNFOYycQk';
      // As MultiSafepay sends the shopper back: the shop's return URL with its token, then transactionid appended.
      history.replaceState(null, '', `${location.pathname}?msp_token=${token}&transactionid=from-url-43`);
      try {
        const el = await fixture<MspPaymentStatus>(
          html`<msp-payment-status endpoint=${backend.endpoint} locale="en"></msp-payment-status>`,
        );
        await until(el, 'Thank you! Your payment was received.');
        const [request] = await backend.requests();
        const query = new URL(request!.url, location.origin).searchParams;
        expect(query.get('transactionid')).to.equal('from-url-43');
        expect(query.get('msp_token')).to.equal(token);
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });

    it('a transactionid that breaks the order-id rule is never sent nor shown: "unknown order"', async () => {
      const backend = statusBackend('completed');
      const evil = `<img src=x onerror="window.__pwned=1">${'x'.repeat(60)}`;
      history.replaceState(null, '', `${location.pathname}?transactionid=${encodeURIComponent(evil)}`);
      try {
        const events: MspStatusDetail[] = [];
        const el = await fixture<MspPaymentStatus>(
          html`<msp-payment-status
            endpoint=${backend.endpoint}
            locale="en"
            @msp-status=${(event: MspStatusEvent) => events.push(event.detail)}
          ></msp-payment-status>`,
        );
        await until(el, 'We could not find this order. Please contact the shop.');
        expect(await backend.requests()).to.have.lengthOf(0);
        expect(el.shadowRoot!.innerHTML).not.to.contain('onerror');
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(events).to.deep.equal([{ orderId: undefined, status: 'unknown', final: true }]);
        expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });

    it('no transactionid at all: "unknown order", no request', async () => {
      const backend = statusBackend('completed');
      const el = await fixture<MspPaymentStatus>(
        html`<msp-payment-status endpoint=${backend.endpoint} locale="en"></msp-payment-status>`,
      );
      await until(el, 'We could not find this order. Please contact the shop.');
      expect(await backend.requests()).to.have.lengthOf(0);
    });
  });

  describe('failures', () => {
    it('a dropped connection shows the error and a retry, no spinner, no msp-status', async () => {
      const backend = statusBackend('drop');
      const errors: string[] = [];
      const { el, events } = await mount({ endpoint: backend.endpoint });
      el.addEventListener('msp-error', (event) => errors.push(event.detail.code));
      await until(el, 'The status of your payment could not be checked.');
      expect(alertText(el)).to.equal('We could not reach the shop. Check your connection and try again.');
      expect(part(el, 'spinner')).to.equal(null);
      expect(part(el, 'retry')!.textContent!.trim()).to.equal('Try again');
      expect(events).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('retry after a failure asks again, recovers, and leaves focus on the sentence that replaced it', async () => {
      const backend = statusBackend('500,completed');
      const { el } = await mount({ endpoint: backend.endpoint });
      await until(el, 'The status of your payment could not be checked.');
      const retry = part(el, 'retry')!;
      retry.focus();
      retry.click();
      await until(el, 'Thank you! Your payment was received.');
      expect(alertText(el)).to.equal('');
      expect(part(el, 'retry')).to.equal(null);
      await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'status'), 'focus did not move to the sentence');
    });

    it('an HTML error page is an error, never rendered; a server error says its HTTP status', async () => {
      const htmlBackend = statusBackend('html-404');
      const { el } = await mount({ endpoint: htmlBackend.endpoint });
      await until(el, 'The status of your payment could not be checked.');
      expect(alertText(el)).to.equal('The shop sent an unexpected answer. Please try again.');
      expect(el.shadowRoot!.querySelector('img, h1')).to.equal(null);

      const failing = statusBackend('500');
      const second = await mount({ endpoint: failing.endpoint });
      await until(second.el, 'The status of your payment could not be checked.');
      expect(alertText(second.el)).to.contain('The shop could not check your payment (error 500).');
      // error_info is shown as text, never as markup.
      expect(part(second.el, 'error-detail')!.textContent).to.equal('<b>Store down</b>');
      expect(second.el.shadowRoot!.querySelector('b')).to.equal(null);
    });

    it('an answer about another order is refused', async () => {
      const backend = statusBackend('other');
      const { el, events } = await mount({ endpoint: backend.endpoint });
      await until(el, 'The status of your payment could not be checked.');
      expect(events).to.deep.equal([]);
    });

    it('a missing endpoint is a configuration error without a request', async () => {
      const { el } = await mount({ endpoint: '' });
      await until(el, 'The status of your payment could not be checked.');
      expect(alertText(el)).to.contain('This page is not set up correctly.');
    });

    it('a request that never answers ends in "took too long" after timeout, not a spinner for ever', async () => {
      const { el } = await mount({ endpoint: '/backend/orders/hold?test=status-hold', timeout: '500' });
      await until(el, 'The status of your payment could not be checked.');
      expect(alertText(el)).to.equal('The shop took too long to answer. Please try again.');
      expect(part(el, 'spinner')).to.equal(null);
    });
  });

  describe('languages and slots', () => {
    it('speaks Polish and Chinese, with lang on its text', async () => {
      const pl = await mount({ endpoint: statusBackend('completed').endpoint, locale: 'pl_PL' });
      await until(pl.el, 'Dziękujemy! Twoja płatność została przyjęta.');
      expect(pl.el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('pl-PL');
      const zh = await mount({ endpoint: statusBackend('cancelled').endpoint, locale: 'zh_CN' });
      await until(zh.el, '付款已取消，未扣除任何款项。');
    });

    it('Arabic is right to left', async () => {
      const { el } = await mount({ endpoint: statusBackend('completed').endpoint, locale: 'ar' });
      await until(el, 'شكرًا لك! تم استلام دفعتك.');
      expect(el.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
    });

    it('strings and registerLocale override texts; missing keys fall back to English', async () => {
      MspPaymentStatus.registerLocale('xx', { completed: 'Xx paid' });
      const { el } = await mount({ endpoint: statusBackend('completed').endpoint, locale: 'xx_XX' });
      await until(el, 'Xx paid');
      el.strings = { completed: 'Merchant text' };
      await until(el, 'Merchant text');
      const other = await mount({ endpoint: statusBackend('declined').endpoint, locale: 'xx_XX' });
      await until(other.el, 'The payment was declined. Nothing was charged.');
    });

    it("shows only the current outcome's slot", async () => {
      const { el } = await mount(
        { endpoint: statusBackend('completed').endpoint },
        html`<a slot="completed" href="/shop">Continue shopping</a><a slot="cancelled" href="/checkout">Back</a>`,
      );
      await until(el, 'Thank you! Your payment was received.');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot')!;
      expect(slot.name).to.equal('completed');
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Continue shopping']);
      expect(el.shadowRoot!.querySelectorAll('slot')).to.have.lengthOf(1);
    });

    it('heading-level sets the heading level; an invalid one falls back to 2', async () => {
      const three = await mount({ endpoint: statusBackend('completed').endpoint, headingLevel: '1' });
      await until(three.el, 'Thank you! Your payment was received.');
      expect(part(three.el, 'status')!.getAttribute('aria-level')).to.equal('1');
      const bad = await mount({ endpoint: statusBackend('completed').endpoint, headingLevel: '9' });
      await until(bad.el, 'Thank you! Your payment was received.');
      expect(part(bad.el, 'status')!.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('motion and colours', () => {
    it('the spinner does not spin with reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const { el } = await mount({ endpoint: statusBackend('initialized').endpoint });
        await until(el, 'Your payment is being processed. This page updates by itself.');
        expect(getComputedStyle(part(el, 'spinner')!).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('stays axe-clean in forced colours, with a visible retry button border', async () => {
      await executeServerCommand('emulate-forced-colors', { value: 'active' });
      try {
        const { el } = await mount({ endpoint: statusBackend('drop').endpoint });
        await until(el, 'The status of your payment could not be checked.');
        expect(getComputedStyle(part(el, 'retry')!).borderTopStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-forced-colors', { value: 'none' });
      }
    });
  });
});

describe('<msp-payment-status> at 320 px', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  // WCAG 1.4.10: German and Polish sentences beside the spinner, and a backend message with no space in it, fit a
  // 320 px screen at 200% text without scrolling sideways.
  for (const [answers, locale] of [
    ['pending', 'de_DE'],
    ['pending', 'pl_PL'],
    ['long-500', 'de_DE'],
  ] as const) {
    it(`reflows at 320 px with text at 200%: ${answers} in ${locale}`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '200%';
      const { el } = await mount({ endpoint: statusBackend(answers).endpoint, locale });
      const shown = answers === 'pending' ? 'spinner' : 'error-detail';
      await waitUntil(() => part(el, shown), `no ${shown}`, { timeout: 5000 });
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('p, button, h1, h2, h3, h4, h5, h6, span')) {
        expect(node.scrollWidth, node.textContent!).to.be.at.most(node.clientWidth + 1);
      }
      el.remove();
    });
  }
});

describe('payment-status logic', () => {
  it('maps MultiSafepay statuses to outcomes; an unknown status is not guessed', () => {
    expect(['initialized', 'uncleared', 'reserved'].map(outcomeOf)).to.deep.equal(['pending', 'pending', 'pending']);
    expect(outcomeOf('completed')).to.equal('completed');
    expect(outcomeOf('toString')).to.equal(undefined);
    expect(outcomeOf('paid')).to.equal(undefined);
  });

  it('backs off from 1 s by half again each time, to at most 10 s', () => {
    const delays = [0];
    for (let i = 0; i < 8; i += 1) delays.push(nextDelay(delays.at(-1)!));
    expect(delays.slice(1)).to.deep.equal([1000, 1500, 2250, 3375, 5063, 7595, 10000, 10000]);
  });

  it('builds the status URL with the order id as a query parameter', () => {
    expect(statusUrl('/api/status?shop=1', 'a&b', 'https://shop.example/return')).to.equal(
      'https://shop.example/api/status?shop=1&transactionid=a%26b',
    );
  });

  it("adds the page's status token, encoded, and none when the page has none", () => {
    const base = 'https://shop.example/return';
    expect(statusUrl('/api/status', 'o-1', base, 'ab_C-9')).to.equal(
      'https://shop.example/api/status?transactionid=o-1&msp_token=ab_C-9',
    );
    expect(statusUrl('/api/status', 'o-1', base, 'a&x=1')).to.equal(
      'https://shop.example/api/status?transactionid=o-1&msp_token=a%26x%3D1',
    );
    for (const token of [null, undefined, '']) {
      expect(statusUrl('/api/status', 'o-1', base, token)).to.equal(
        'https://shop.example/api/status?transactionid=o-1',
      );
    }
  });

  it('reads the reference answer, and a JSON 404 as an unknown order', () => {
    const ok = JSON.stringify({ success: true, data: { order_id: 'o', status: 'completed' } });
    expect(parseStatusResponse({ status: 200, contentType: 'application/json', body: ok }, 'o')).to.equal('completed');
    const missing = JSON.stringify({ success: false, error_code: 404, error_info: 'Unknown order' });
    expect(parseStatusResponse({ status: 404, contentType: 'application/json', body: missing }, 'o')).to.equal(
      'unknown',
    );
    // The reference server marks its own refusals as the shop's.
    const shop = JSON.stringify({ success: false, data: {}, error_code: 404, error_source: 'shop' });
    expect(parseStatusResponse({ status: 404, contentType: 'application/json', body: shop }, 'o')).to.equal('unknown');
    expect(() =>
      parseStatusResponse({ status: 200, contentType: 'application/json', body: '{"success":true,"data":{}}' }, 'o'),
    ).to.throw('known status');
  });
});
