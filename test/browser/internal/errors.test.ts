import { expect } from '@open-wc/testing';
import { asCheckoutError, CheckoutError } from '../../../src/internal/errors.js';

/** The copy of the class a part loaded on demand brings in the script-tag build: same name, another class. */
class ForeignCheckoutError extends Error {
  override readonly name = 'CheckoutError';
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
    readonly errorCode?: number,
    readonly errorInfo?: string,
  ) {
    super(message);
  }
}

describe('asCheckoutError', () => {
  it('rebuilds the copy of a part loaded on demand with its code, message and details', () => {
    const cause = new TypeError('Failed to fetch');
    const foreign = new ForeignCheckoutError('msp-error', 'MultiSafepay refused the request', 400, 1032, 'Bad key');
    Object.defineProperty(foreign, 'cause', { value: cause });
    const error = asCheckoutError(foreign);
    expect(error).to.be.instanceOf(CheckoutError);
    expect([error.code, error.message, error.status, error.errorCode, error.errorInfo, error.cause]).to.deep.equal([
      'msp-error',
      'MultiSafepay refused the request',
      400,
      1032,
      'Bad key',
      cause,
    ]);
  });

  it('leaves out the details the copy did not have', () => {
    const error = asCheckoutError(new ForeignCheckoutError('timeout', 'Part of the element did not load within 5 ms'));
    for (const detail of ['status', 'errorCode', 'errorInfo', 'cause']) expect(detail in error, detail).to.be.false;
  });

  it('keeps its own errors and makes anything else a network-error', () => {
    const own = new CheckoutError('timeout', 'late');
    expect(asCheckoutError(own)).to.equal(own);
    const other = asCheckoutError(new RangeError('boom'));
    expect([other.code, other.message]).to.deep.equal(['network-error', 'RangeError: boom']);
  });
});
