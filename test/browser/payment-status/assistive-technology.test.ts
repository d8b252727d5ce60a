// <msp-payment-status> for people who use assistive technology (the checkout's checks, applied to the return page of
// #15): what a screen reader is told and when, where focus is while Retry asks, the accessibility tree in every
// outcome, axe and IBM Equal Access in every outcome in light and dark, a chosen theme's contrast on any page, and
// the language of the English developer text inside a Polish page.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { MspPaymentStatus } from '../../../src/payment-status/msp-payment-status.js';
import '../../../src/payment-status/define.js';
import en from '../../../src/payment-status/locales/en.js';
import pl from '../../../src/payment-status/locales/pl.js';
import {
  axNodes,
  axText,
  backgroundBehind,
  contrast,
  deepActiveElement,
  recordLiveRegions,
  squash,
} from '../../support/assistive.js';
import { statusBackend } from '../../support/status-backend.js';

interface Options {
  answers: string;
  locale?: string;
  pendingTimeout?: string;
  theme?: 'light' | 'dark' | 'auto';
  endpoint?: string;
}

/** Mounts the element as a return page writes it. */
async function mount(options: Options) {
  const backend = statusBackend(options.answers);
  const el = await fixture<MspPaymentStatus>(
    html`<msp-payment-status
      endpoint=${options.endpoint ?? backend.endpoint}
      order-id="AT-1"
      locale=${options.locale ?? 'en_US'}
      pending-timeout=${options.pendingTimeout ?? '120000'}
      theme=${options.theme ?? 'light'}
    ></msp-payment-status>`,
  );
  return { el, backend };
}

const part = (el: MspPaymentStatus, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const sentence = (el: MspPaymentStatus) => squash(part(el, 'status')?.textContent);

async function until(el: MspPaymentStatus, text: string) {
  await waitUntil(() => sentence(el) === text, `the sentence stayed "${sentence(el)}", not "${text}"`);
  await el.updateComplete;
}

/** The page's visibility and connection as the element sees them (test tabs may run in the background). */
function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}
function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

interface State {
  /** How the test backend answers (test/support/backend.mjs). */
  answers: string;
  /** The heading the shopper reads in this state. */
  heading: string;
  /** What the status region says (nothing while asking or after a failed request: the alert speaks then). */
  status: string;
  pendingTimeout?: string;
  offline?: boolean;
}

/** Every outcome the return page shows, and the two states around them (asking, failed, offline). */
const STATES: Record<string, State> = {
  // Held (never released): the element is asking for as long as the test looks.
  asking: { answers: 'completed~asking', heading: en.checking, status: '' },
  completed: { answers: 'completed', heading: en.completed, status: en.completed },
  pending: { answers: 'initialized', heading: en.pending, status: en.pending },
  'pending past the limit': {
    answers: 'initialized',
    pendingTimeout: '1',
    heading: en.pendingLimit,
    status: en.pendingLimit,
  },
  cancelled: { answers: 'cancelled', heading: en.cancelled, status: en.cancelled },
  declined: { answers: 'declined', heading: en.declined, status: en.declined },
  expired: { answers: 'expired', heading: en.expired, status: en.expired },
  void: { answers: 'void', heading: en.void, status: en.void },
  refunded: { answers: 'refunded', heading: en.refunded, status: en.refunded },
  chargeback: { answers: 'chargeback', heading: en.chargeback, status: en.chargeback },
  'unknown order': { answers: '404', heading: en.unknownOrder, status: en.unknownOrder },
  'failed request': { answers: '500', heading: en.unavailable, status: '' },
  offline: { answers: 'completed', heading: en.offline, status: en.offline, offline: true },
};

async function reach(state: State, theme: 'light' | 'dark' = 'light') {
  if (state.offline) setOnline(false);
  const mounted = await mount({
    answers: state.answers,
    theme,
    ...(state.pendingTimeout ? { pendingTimeout: state.pendingTimeout } : {}),
  });
  await until(mounted.el, state.heading);
  return mounted;
}

describe('<msp-payment-status> for assistive technology', function () {
  this.timeout(60_000);
  beforeEach(() => setVisibility('visible'));
  afterEach(async () => {
    delete (navigator as { onLine?: unknown }).onLine;
    document.body.style.background = '';
    await emulateMedia({ colorScheme: 'light' });
  });
  after(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  describe('announcements (4.1.3)', () => {
    it('says the outcome once through its status region: asking again while pending and re-rendering say nothing new', async () => {
      const backend = statusBackend('initialized,uncleared,reserved,completed');
      const el = document.createElement('msp-payment-status');
      el.endpoint = backend.endpoint;
      el.orderId = 'AT-2';
      el.locale = 'en';
      document.body.append(el);
      // Observed from the first render on: the region is in the DOM before anything is said in it.
      const live = recordLiveRegions(el.shadowRoot!);
      try {
        await until(el, en.completed);
        await live.flush();
        expect(await backend.requests(), 'asked four times').to.have.lengthOf(4);
        expect(live.said('status')).to.deep.equal([en.pending, en.completed]);
        // Renders that change nothing the shopper hears: a new heading level, a forced update.
        el.headingLevel = 3;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        await live.flush();
        expect(live.said('status')).to.deep.equal([en.pending, en.completed]);
        // A new text is said again.
        el.strings = { completed: 'Paid, thank you.' };
        await el.updateComplete;
        await live.flush();
        expect(live.said('status')).to.deep.equal([en.pending, en.completed, 'Paid, thank you.']);
        expect(live.said('alert')).to.deep.equal([]);
      } finally {
        live.stop();
        el.remove();
      }
    });

    it('says a failed request by the alert, and the same failure again after Retry', async () => {
      // The second answer is held until the test has seen the alert cleared while asking.
      const { el, backend } = await mount({ answers: '500,500~retry' });
      await until(el, en.unavailable);
      const live = recordLiveRegions(el.shadowRoot!);
      const failure = `${en.errorHttp.replace('{status}', '500')} <b>Store down</b>`;
      part(el, 'retry')!.click();
      await el.updateComplete;
      expect(squash(el.shadowRoot!.querySelector('[role="alert"]')!.textContent), 'cleared while asking').to.equal('');
      await backend.release('retry');
      await waitUntil(() => squash(el.shadowRoot!.querySelector('[role="alert"]')!.textContent) !== '', 'no failure');
      expect(await backend.requests()).to.have.lengthOf(2);
      await live.flush();
      expect(live.said('alert')).to.deep.equal([failure]);
      expect(live.said('status')).to.deep.equal([]);
      live.stop();
    });
  });

  describe('focus (2.4.3, 4.1.2)', () => {
    /**
     * Where focus is, six times 50 ms apart, while Retry's question is out (its answer is held until `release`, which
     * is called after the sixth sample).
     */
    async function sampleWhileRetrying(
      retry: HTMLElement,
      release: () => Promise<void>,
      inspect?: () => Promise<void>,
    ) {
      await waitUntil(() => retry.getAttribute('aria-disabled') === 'true', 'Retry never busy');
      const samples: string[] = [];
      while (samples.length < 6) {
        expect(retry.getAttribute('aria-disabled'), 'busy while the answer is held').to.equal('true');
        const active = deepActiveElement();
        samples.push(active === retry ? 'Retry' : (active?.tagName ?? 'nothing'));
        if (samples.length === 3) await inspect?.();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await release();
      return samples;
    }

    it('keeps focus on "Try again", announced busy, while Retry asks; there after a second failure, on the sentence after success', async () => {
      const { el, backend } = await mount({ answers: '500,500~second,completed~third' });
      await until(el, en.unavailable);
      const retry = part(el, 'retry')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      const samples = await sampleWhileRetrying(
        retry,
        () => backend.release('second'),
        async () => {
          const focused = (await axNodes()).find((node) => node.focused);
          expect(focused?.role, 'the focused node').to.equal('button');
          expect(focused?.name).to.equal(en.retry);
          expect(focused?.disabled, 'announced unavailable while it asks').to.equal(true);
          expect(focused?.description, 'described by what is happening').to.equal(en.checking);
          await sendKeys({ press: 'Enter' }); // a second press while asking sends nothing
        },
      );
      expect([...new Set(samples)]).to.deep.equal(['Retry']);
      await until(el, en.unavailable);
      expect(await backend.requests()).to.have.lengthOf(2);
      // Failed again: the same button, still focused, described by the failure.
      expect(part(el, 'retry')).to.equal(retry);
      expect(deepActiveElement()).to.equal(retry);
      const described = (await axNodes()).find((node) => node.focused)!;
      expect(described.description).to.include(en.unavailable);
      expect(described.description).to.include(en.errorHttp.replace('{status}', '500'));

      await sendKeys({ press: 'Enter' });
      const second = await sampleWhileRetrying(retry, () => backend.release('third'));
      expect([...new Set(second)]).to.deep.equal(['Retry']);
      await until(el, en.completed);
      await waitUntil(() => deepActiveElement() === part(el, 'status'), 'focus did not go on to the sentence');
      const focused = (await axNodes()).find((node) => node.focused)!;
      expect([focused.role, focused.name]).to.deep.equal(['heading', en.completed]);
      expect(await backend.requests()).to.have.lengthOf(3);
    });

    it('keeps focus on "Try again" after the element stopped asking, until the answer comes', async () => {
      const { el, backend } = await mount({ answers: 'initialized,initialized,completed~answer', pendingTimeout: '1' });
      await until(el, en.pendingLimit);
      const retry = part(el, 'retry')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      const samples = await sampleWhileRetrying(retry, () => backend.release('answer'));
      expect([...new Set(samples)]).to.deep.equal(['Retry']);
      await until(el, en.completed);
      await waitUntil(() => deepActiveElement() === part(el, 'status'), 'focus did not go on to the sentence');
      expect((await backend.requests()).length).to.be.at.least(3);
    });
  });

  describe('the accessibility tree in every state', () => {
    for (const [name, state] of Object.entries(STATES)) {
      it(`${name}: a heading says "${state.heading}"${state.status ? ', and the status region says it' : ''}`, async () => {
        const { el } = await reach(state);
        const nodes = await axNodes();
        const headings = nodes.filter((node) => node.role === 'heading');
        expect(headings.map((node) => [node.name, node.level])).to.deep.equal([[state.heading, 2]]);
        const regions = nodes.filter((node) => node.role === 'status');
        expect(regions, 'one status region').to.have.lengthOf(1);
        expect(axText(regions[0]!)).to.equal(state.status);
        const alert = nodes.find((node) => node.role === 'alert')!;
        const buttons = nodes.filter((node) => node.role === 'button');
        if (name === 'failed request') {
          expect(axText(alert)).to.equal(`${en.errorHttp.replace('{status}', '500')} <b>Store down</b>`);
          expect(buttons.map((node) => node.name)).to.deep.equal([en.retry]);
        } else if (name === 'pending past the limit') {
          expect(buttons.map((node) => [node.name, node.description])).to.deep.equal([[en.retry, en.pendingLimit]]);
        } else {
          expect(buttons, 'no button').to.have.lengthOf(0);
          expect(alert ? axText(alert) : '').to.equal('');
        }
        // What the screen shows is what the tree says.
        expect(headings[0]!.name).to.equal(sentence(el));
      });
    }
  });

  describe('checkers in every state, light and dark (on a white page)', () => {
    const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    interface Axe {
      run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
    }
    interface AceReport {
      numExecuted: number;
      results: { ruleId: string; reasonId: string; value: [string, string]; path: { dom: string }; message: string }[];
    }
    interface Ace {
      Checker: new () => { check(node: Element, policies: string[]): Promise<AceReport> };
    }
    let axe: Axe;
    let ace: Ace;

    before(async () => {
      await import('axe-core/axe.min.js' as string);
      axe = (window as unknown as { axe: Axe }).axe;
      // IBM's engine as its package ships it, from the test server (its CDN is not reachable here).
      if (!(window as unknown as { ace?: Ace }).ace) {
        const script = document.createElement('script');
        script.src = '/node_modules/accessibility-checker-engine/ace.js';
        const loaded = new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = reject;
        });
        document.head.append(script);
        await loaded;
      }
      ace = (window as unknown as { ace: Ace }).ace;
    });

    for (const theme of ['light', 'dark'] as const) {
      for (const [name, state] of Object.entries(STATES)) {
        it(`${name} (${theme}): axe with best practices and Equal Access (WCAG 2.2) find nothing`, async () => {
          const { el } = await reach(state, theme);
          const result = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
          expect(
            result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
            'axe',
          ).to.deep.equal([]);
          const report = await new ace.Checker().check(el, ['WCAG_2_2']);
          expect(report.numExecuted, 'Equal Access ran rules').to.be.greaterThan(0);
          const failures = report.results
            .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
            .map((r) => `${r.ruleId} (${r.reasonId}) at ${r.path.dom}: ${r.message}`);
          expect(failures, 'Equal Access').to.deep.equal([]);
        });
      }
    }
  });

  describe('a chosen theme reads on any page (1.4.3, 1.4.11)', () => {
    for (const [theme, page] of [
      ['dark', '#ffffff'],
      ['light', '#121212'],
      ['auto', '#ffffff'],
    ] as const) {
      it(`theme="${theme}" on a page whose background is ${page}: text 4.5:1, the button and the busy arc 3:1`, async () => {
        document.body.style.background = page;
        // theme="auto" follows the system: a dark system, under a light page.
        if (theme === 'auto') await emulateMedia({ colorScheme: 'dark' });
        const failed = await mount({ answers: '500', theme });
        await until(failed.el, en.unavailable);
        const root = failed.el.shadowRoot!;
        const texts = {
          sentence: part(failed.el, 'status')!,
          error: root.querySelector('[part="error"] p')!,
          detail: part(failed.el, 'error-detail')!,
          retry: part(failed.el, 'retry')!,
        };
        for (const [label, node] of Object.entries(texts)) {
          expect(contrast(getComputedStyle(node).color, backgroundBehind(node)), `${label} text`).to.be.at.least(4.5);
        }
        const retry = getComputedStyle(texts.retry);
        expect(contrast(retry.borderTopColor, backgroundBehind(texts.retry)), 'button border').to.be.at.least(3);

        const pending = await mount({ answers: 'initialized', theme });
        await until(pending.el, en.pending);
        const spinner = part(pending.el, 'spinner')!;
        const heading = part(pending.el, 'status')!;
        expect(contrast(getComputedStyle(heading).color, backgroundBehind(heading)), 'pending text').to.be.at.least(
          4.5,
        );
        expect(
          contrast(getComputedStyle(spinner).borderTopColor, backgroundBehind(spinner)),
          'busy arc',
        ).to.be.at.least(3);

        const paid = await mount({ answers: 'completed', theme });
        await until(paid.el, en.completed);
        const done = part(paid.el, 'status')!;
        expect(contrast(getComputedStyle(done).color, backgroundBehind(done)), 'completed text').to.be.at.least(4.5);
      });
    }
  });

  describe('language of parts (3.1.2)', () => {
    it("marks the backend's English error_info as English inside a Polish alert", async () => {
      const { el } = await mount({ answers: 'completed,500', locale: 'pl_PL' });
      await until(el, pl.completed);
      const live = recordLiveRegions(el.shadowRoot!);
      el.orderId = 'AT-3'; // asks again: the second answer is the failure
      await until(el, pl.unavailable);
      await live.flush();
      const [said] = live.spoken.filter((entry) => entry.role === 'alert' && entry.text !== '');
      // A screen reader switches voice by lang: the backend's words in English, the shopper's message in Polish.
      expect(said!.languages).to.deep.equal([
        [pl.errorHttp.replace('{status}', '500'), 'pl-PL'],
        ['<b>Store down</b>', 'en'],
      ]);
      live.stop();
    });

    it('marks what is wrong with the page (English developer text) as English under the Polish sentence', async () => {
      const { el } = await mount({ answers: 'completed', locale: 'pl_PL', endpoint: ' ' });
      await until(el, pl.unavailable);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      const walker = document.createTreeWalker(alert, NodeFilter.SHOW_TEXT);
      const languages: Array<[string, string]> = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (squash(node.textContent)) {
          languages.push([squash(node.textContent), node.parentElement!.closest('[lang]')!.getAttribute('lang')!]);
        }
      }
      expect(languages).to.deep.equal([
        [pl.errorConfig, 'pl-PL'],
        ['The endpoint attribute is missing: set it to your status URL.', 'en'],
      ]);
    });
  });
});
