import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkPaymentUrl, DEFAULT_PAYMENT_ORIGINS, parsePaymentOrigins } from '../../../src/shared/payment-url.js';
import { report } from '../../support/figures.js';
import { backend, mount } from '../../support/helpers.js';

// Generated payment_url values, seeded: MSP_FUZZ_SEED=<seed> npm run test:security replays a run. Every value is
// checked by checkPaymentUrl, and a sample goes end to end through the element and the test backend.

const SUITE = 'payment-url-fuzz';
const ALLOWED = parsePaymentOrigins(DEFAULT_PAYMENT_ORIGINS).origins;
const HOSTS = ALLOWED.map((origin) => new URL(origin).hostname);
const RUNS = 600;
const END_TO_END = 60;

type Kind =
  | 'allowed'
  | 'scheme'
  | 'whitespace'
  | 'look-alike'
  | 'userinfo'
  | 'backslash'
  | 'port'
  | 'encoded'
  | 'relative'
  | 'overlong'
  | 'not-a-string'
  | 'elsewhere'
  | 'forgiven';

/**
 * A value and what it is: `allowed` must be accepted; `forgiven` (sloppy, but the URL parser makes it an allowed URL,
 * like `https:/payv2.multisafepay.com/x`) may go either way as long as it lands on an allowed origin; every other kind
 * must be refused.
 */
interface Sample {
  kind: Kind;
  value: unknown;
}

const host = fc.constantFrom(...HOSTS);
const segment = fc.stringMatching(/^[A-Za-z0-9_~.-]{1,24}$/);
const path = fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join('/')}`);
const query = fc.option(
  fc
    .array(fc.tuple(fc.stringMatching(/^[a-z_]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9_%-]{0,16}$/)), {
      minLength: 1,
      maxLength: 3,
    })
    .map((pairs) => `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`),
  { nil: '' },
);
const fragment = fc.option(
  segment.map((text) => `#${text}`),
  { nil: '' },
);
const tail = fc.tuple(path, query, fragment).map((parts) => parts.join(''));

/** Each letter in upper or lower case at random. */
const mixedCase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join(''));

/** Characters the URL parser strips or that no real payment URL has: C0 controls, space, DEL, NBSP, BOM, ZWSP. */
const invisible = fc.constantFrom(
  ...Array.from({ length: 33 }, (_, code) => String.fromCharCode(code)),
  '\u007f',
  '\u00a0',
  '\ufeff',
  '\u200b',
);

const allowed: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(host, tail).map(([name, rest]) => `https://${name}${rest}`),
  fc.tuple(mixedCase('https'), host.chain(mixedCase), tail).map(([scheme, name, rest]) => `${scheme}://${name}${rest}`),
  fc.tuple(host, tail).map(([name, rest]) => `https://${name}:443${rest}`),
  fc.tuple(host, segment).map(([name, token]) => `https://${name}/connect/${token}/?lang=en_US`),
);

const samples: fc.Arbitrary<Sample> = fc.oneof(
  allowed.map((value) => ({ kind: 'allowed' as const, value })),
  // Schemes that run code or carry a document, in any case, behind spaces and control characters, or split by them.
  fc
    .tuple(
      fc.array(invisible, { maxLength: 3 }),
      fc.constantFrom('javascript', 'data', 'blob', 'vbscript', 'file', 'ftp', 'about', 'filesystem').chain(mixedCase),
      fc.option(fc.constantFrom('\t', '\n', '\r'), { nil: '' }),
      fc.constantFrom(
        ':alert(document.domain)',
        ':text/html,<script>alert(1)</script>',
        ':https://payv2.multisafepay.com/6f1c-4b7a',
        '://payv2.multisafepay.com/connect/x',
        ':%0aalert(1)',
        ':msgbox(1)',
        ':blank',
      ),
    )
    .map(([lead, scheme, split, rest]) => ({
      kind: 'scheme' as const,
      value: `${lead.join('')}${scheme.slice(0, 2)}${split}${scheme.slice(2)}${rest}`,
    })),
  // An allowed URL with a space or control character somewhere: the parser would forgive it, the check does not.
  // NBSP, BOM and ZWSP are not refused as such: the parser either fails or (in the host) drops BOM and ZWSP, so
  // those are `forgiven`: they must still land on an allowed origin.
  fc.tuple(allowed, invisible, fc.nat()).map(([url, char, at]) => ({
    kind: char > '\u007f' ? ('forgiven' as const) : ('whitespace' as const),
    value: `${url.slice(0, at % (url.length + 1))}${char}${url.slice(at % (url.length + 1))}`,
  })),
  // Look-alike and IDN hosts.
  fc
    .tuple(
      host,
      fc.constantFrom(
        (h: string) => `${h}.evil.example`,
        (h: string) => `${h}.`,
        (h: string) => `x.${h}`,
        (h: string) => `evil${h}`,
        (h: string) => h.replace('.multisafepay', '-multisafepay'),
        (h: string) => h.replace('multisafepay', 'multisafepey'),
        (h: string) => h.replace('a', '\u0430'), // Cyrillic a
        (h: string) => h.replace('p', '\u0440'), // Cyrillic er
        (h: string) => h.replace('.com', '.com.evil.example'),
        (h: string) => h.replace('.com', '.co'),
        (h: string) => `${h}\u3002evil.example`, // ideographic full stop
        (h: string) => h.replace('i', '\u0131'), // dotless i
        (h: string) => `xn--${h}`,
      ),
      tail,
    )
    .map(([name, alter, rest]) => ({ kind: 'look-alike' as const, value: `https://${alter(name)}${rest}` })),
  // Userinfo: the allowed host as a user name, or credentials in front of it.
  fc
    .tuple(
      host,
      fc.constantFrom(
        (h: string) => `${h}@evil.example`,
        (h: string) => `${h}:443@evil.example`,
        (h: string) => `user:pass@${h}`,
        (h: string) => `evil.example@${h}`,
        (h: string) => `${h}%40evil.example@evil.example`,
        (h: string) => `:@${h}:@evil.example`,
      ),
      tail,
    )
    .map(([name, alter, rest]) => ({ kind: 'userinfo' as const, value: `https://${alter(name)}${rest}` })),
  // Backslashes, which the parser reads as slashes in special schemes.
  fc
    .tuple(
      host,
      fc.constantFrom(
        (h: string) => `https:\\\\evil.example\\${h}`,
        (h: string) => `https://${h}\\@evil.example/`,
        (h: string) => `https:/\\${h}/connect`,
        (h: string) => `\\\\evil.example/https://${h}/`,
        (h: string) => `https://${h}/connect\\..\\..\\x`,
      ),
    )
    .map(([name, make]) => ({ kind: 'backslash' as const, value: make(name) })),
  // Any port other than https's own.
  fc
    .tuple(
      host,
      fc.integer({ min: 1, max: 65535 }).filter((port) => port !== 443),
      tail,
    )
    .map(([name, port, rest]) => ({ kind: 'port' as const, value: `https://${name}:${port}${rest}` })),
  // Encoded separators that decode into another host, or into nothing the parser accepts.
  fc
    .tuple(
      host,
      fc.constantFrom(
        (h: string) => `https://${h}%2F@evil.example/`,
        (h: string) => `https://${h}%2eevil.example/`,
        (h: string) => `https://evil.example%2F${h}/`,
        (h: string) => `https://evil.example%23@${h}/`,
        (h: string) => `https://evil.example%3A443%2F${h}`,
        (h: string) => `https%3A%2F%2F${h}%2Fconnect`,
        (h: string) => `https:%2F%2F${h}/connect`,
        (h: string) => `https://${h}%00.evil.example/`,
      ),
    )
    .map(([name, make]) => ({ kind: 'encoded' as const, value: make(name) })),
  // Relative and protocol-relative URLs: the page's own origin or any host, never checked against anything.
  fc
    .tuple(
      host,
      tail,
      fc.constantFrom(
        (h: string, rest: string) => `//${h}${rest}`,
        (_h: string, rest: string) => `//evil.example${rest}`,
        (_h: string, rest: string) => `///evil.example${rest}`,
        (_h: string, rest: string) => rest,
        (_h: string, rest: string) => `connect${rest}`,
        (_h: string, rest: string) => `?${rest}`,
        (_h: string, rest: string) => `#${rest}`,
        (h: string, rest: string) => `${h}${rest}`,
      ),
    )
    .map(([name, rest, make]) => ({ kind: 'relative' as const, value: make(name, rest) })),
  // Sloppy spellings the URL parser repairs into an allowed URL: safe only if they land on an allowed origin.
  fc
    .tuple(host, tail, fc.constantFrom('https:', 'https:/', 'https:///', 'HTTPS:/'))
    .map(([name, rest, scheme]) => ({ kind: 'forgiven' as const, value: `${scheme}${name}${rest}` })),
  // Overlong: an allowed URL padded past 2048 characters.
  fc.tuple(allowed, fc.integer({ min: 2049, max: 12_000 })).map(([url, length]) => ({
    kind: 'overlong' as const,
    value: `${url.split('#')[0]}${url.includes('?') ? '&' : '?'}pad=${'a'.repeat(length)}`.slice(0, length),
  })),
  // JSON values that are not strings, including objects that look like URLs.
  fc
    .oneof(
      fc.jsonValue().filter((value) => typeof value !== 'string'),
      host.map((name) => ({ href: `https://${name}/connect/x` })),
      host.map((name) => [`https://${name}/connect/x`]),
    )
    .map((value) => ({ kind: 'not-a-string' as const, value })),
  // Anywhere else on the web.
  fc
    .oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(host, tail).map(([name, rest]) => `http://${name}${rest}`),
      fc.constantFrom('http://127.0.0.1/connect', 'http://localhost:8080/pay', 'https://[::1]/x'),
    )
    .filter((url) => !ALLOWED.some((origin) => url === origin || url.startsWith(`${origin}/`)))
    .map((value) => ({ kind: 'elsewhere' as const, value })),
);

/** The origin a browser would navigate to for an accepted value, resolved as `location.assign` would resolve it. */
function navigatedOrigin(value: string): string {
  return new URL(value, document.baseURI).origin;
}

async function seed(): Promise<number> {
  return ((await (await fetch('/backend/fuzz-seed')).json()) as { seed: number }).seed;
}

describe('payment_url fuzz', () => {
  let runSeed = 0;
  before(async () => {
    runSeed = await seed();
    console.log(`payment_url fuzz seed: ${runSeed} (replay with MSP_FUZZ_SEED=${runSeed})`);
  });

  it(`checkPaymentUrl: ${RUNS} generated values, every allowed one accepted, nothing else`, async () => {
    const counts = { generated: 0, allowed: 0, outside: 0, hostileAccepted: 0, allowedRefused: 0 };
    const kinds = new Set<Kind>();
    fc.assert(
      fc.property(samples, ({ kind, value }) => {
        counts.generated += 1;
        kinds.add(kind);
        const result = checkPaymentUrl(value, ALLOWED);
        if (result.ok) {
          // Accepted: the serialized URL and the raw string both lead to an allowed origin, without credentials.
          const url = new URL(result.url);
          const outside =
            !ALLOWED.includes(url.origin) ||
            typeof value !== 'string' ||
            !ALLOWED.includes(navigatedOrigin(value)) ||
            url.username !== '' ||
            url.password !== '';
          if (outside) counts.outside += 1;
          if (kind !== 'allowed' && kind !== 'forgiven') counts.hostileAccepted += 1;
          expect(outside, `accepted ${JSON.stringify(value)}`).to.be.false;
          expect(kind, `accepted ${JSON.stringify(value)}`).to.be.oneOf(['allowed', 'forgiven']);
        } else if (kind === 'allowed') {
          counts.allowedRefused += 1;
          expect.fail(`refused the allowed ${JSON.stringify(value)}: ${result.reason}`);
        }
        if (kind === 'allowed') counts.allowed += 1;
      }),
      { seed: runSeed, numRuns: RUNS },
    );
    await report(SUITE, {
      seed: String(runSeed),
      'URLs generated': counts.generated,
      'shapes covered': { value: `${kinds.size} of 13`, how: 'set' },
      'allowed URLs generated': counts.allowed,
      'navigations outside payment-origins': counts.outside,
      'hostile URLs accepted': counts.hostileAccepted,
      'allowed URLs refused': counts.allowedRefused,
    });
    expect(kinds.size).to.equal(13);
    expect(counts.generated).to.be.at.least(500);
  });

  it('checkPaymentUrl: 200 more allowed URLs (paths, queries, fragments, case, :443), every one accepted', async () => {
    let refused = 0;
    fc.assert(
      fc.property(allowed, (value) => {
        const result = checkPaymentUrl(value, ALLOWED);
        if (!result.ok) refused += 1;
        expect(result.ok, `refused ${value}`).to.be.true;
        expect(result.ok && ALLOWED.includes(new URL(result.url).origin)).to.be.true;
      }),
      { seed: runSeed + 2, numRuns: 200 },
    );
    await report(SUITE, { 'URLs generated': 200, 'allowed URLs generated': 200, 'allowed URLs refused': refused });
  });

  it(`the element, end to end: ${END_TO_END} of them answered by the backend, redirects only to allowed origins`, async function () {
    // Sixty requests one after the other, each a round trip to the test server: on a loaded machine that takes far
    // longer than one test's usual 30 s, and is no hang.
    this.timeout(180_000);
    const picked = fc.sample(samples, { seed: runSeed + 1, numRuns: END_TO_END });
    const el = await mount({
      endpoint: '/backend/orders/success',
      gateways: 'IDEAL',
      paymentOrigins: ALLOWED.join(' '),
    });
    let redirects: string[] = [];
    const errors: string[] = [];
    el.addEventListener('msp-redirect', (event) => {
      redirects.push(event.detail.paymentUrl);
      event.preventDefault(); // the payment page is not on this machine; msp-redirect is the navigation's last step
    });
    el.addEventListener('msp-error', (event) => errors.push(event.detail.code));
    const counts = { outside: 0, hostileRedirected: 0, allowedRefused: 0 };
    const start = location.href;
    for (const { kind, value } of picked) {
      redirects = [];
      errors.length = 0;
      el.endpoint = backend('payment-url', { value: JSON.stringify(value) }).endpoint;
      await el.updateComplete;
      await el.submit();
      for (const url of redirects) if (!ALLOWED.includes(new URL(url).origin)) counts.outside += 1;
      const hostile = kind !== 'allowed' && kind !== 'forgiven';
      if (hostile && redirects.length > 0) counts.hostileRedirected += 1;
      if (kind === 'allowed' && redirects.length !== 1) counts.allowedRefused += 1;
      if (hostile) expect(errors, JSON.stringify(value)).to.deep.equal(['invalid-payment-url']);
    }
    await report(SUITE, {
      'end-to-end through the element': picked.length,
      'navigations outside payment-origins': counts.outside,
      'hostile URLs accepted': counts.hostileRedirected,
      'allowed URLs refused': counts.allowedRefused,
    });
    expect(location.href).to.equal(start);
    expect(counts).to.deep.equal({ outside: 0, hostileRedirected: 0, allowedRefused: 0 });
  });
});
