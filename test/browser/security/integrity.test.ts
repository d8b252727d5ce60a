import { expect } from '@open-wc/testing';
import { report } from '../../support/figures.js';

// Subresource Integrity for the script-tag file: the build writes dist/msp-checkout.min.js.sri (sha384), the README's
// script tag carries it, and the browser refuses a copy that differs by one byte. `npm test` builds first.

interface PageWindow extends Window {
  errors: string[];
  __tampered?: boolean;
}

async function page(head: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
    ${head}</head><body></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as PageWindow;
}

async function integrity() {
  return (await (await fetch('/dist/msp-checkout.min.js.sri')).text()).trim();
}

describe('dist/msp-checkout.min.js.sri (Subresource Integrity)', () => {
  it('lets the genuine file load with the published hash', async () => {
    const hash = await integrity();
    expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    const view = await page(
      `<script src="/backend/dist/msp-checkout.min.js" integrity="${hash}" crossorigin="anonymous"></script>`,
    );
    const loaded = view.customElements.get('msp-checkout') !== undefined;
    await report('integrity', { 'genuine copies loaded': loaded ? 1 : 0 });
    expect(loaded).to.be.true;
  });

  it('makes the browser refuse a tampered copy', async () => {
    const hash = await integrity();
    const view = await page(
      `<script src="/backend/tampered.min.js" integrity="${hash}" crossorigin="anonymous"></script>`,
    );
    const executed = view.__tampered !== undefined || view.customElements.get('msp-checkout') !== undefined;
    await report('integrity', { 'tampered copies executed': executed ? 1 : 0 });
    expect(view.__tampered).to.equal(undefined);
    expect(view.customElements.get('msp-checkout')).to.equal(undefined);
  });
});
