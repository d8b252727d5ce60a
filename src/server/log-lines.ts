// What the handlers log is one line per event, whatever a request carried: an order id, an Origin, a path or a body
// field may hold characters that a log viewer or collector reads as the end of a line, and a forged second line would
// pass for the server's own. C0 and DEL are the classic ones; C1 holds NEL (U+0085), which Java's and .NET's readers
// and several log shippers take for a line break, and Unicode adds the line and paragraph separators U+2028 and
// U+2029 (JavaScript's own line terminators, and JSON.stringify leaves them as they are).

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` with every control character (C0, DEL, C1) and Unicode line or paragraph separator turned into a space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKERS, ' ');
}

/** `logger` whose every string argument is made one line first: no handler can forget to. */
export function oneLineLogger(logger: Pick<Console, 'warn'>): Pick<Console, 'warn'> {
  return {
    warn: (...args: unknown[]) => logger.warn(...args.map((arg) => (typeof arg === 'string' ? oneLine(arg) : arg))),
  };
}
