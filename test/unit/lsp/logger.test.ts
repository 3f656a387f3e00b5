// The language server's log (lsp/logger.ts): each level lets through what it should and no more,
// a stack only at debug, debug messages built only when they are sent, and a thrown value that is
// not an Error written out readably (never "[object Object]").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Logger, parseLogLevel, type LogLevel } from '../../../server/src/lsp/logger';

function logged(level: LogLevel, write: (log: Logger) => void): string[] {
  const lines: string[] = [];
  const sink = { error: (m: string) => lines.push(`E ${m}`), warn: (m: string) => lines.push(`W ${m}`), info: (m: string) => lines.push(`I ${m}`), log: (m: string) => lines.push(`L ${m}`) };
  write(new Logger(sink, level));
  return lines;
}

const everyLevel = (log: Logger): void => {
  log.error('e');
  log.warn('w');
  log.info('i');
  log.debug('d');
};

describe('the server log', () => {
  it('sends each level and those above it, to the matching channel', () => {
    assert.deepEqual(logged('error', everyLevel), ['E [error] e']);
    assert.deepEqual(logged('warn', everyLevel), ['E [error] e', 'W [warn] w']);
    assert.deepEqual(logged('info', everyLevel), ['E [error] e', 'W [warn] w', 'I [info] i']);
    assert.deepEqual(logged('debug', everyLevel), ['E [error] e', 'W [warn] w', 'I [info] i', 'L [debug] d']);
  });

  it('builds a debug message (which may quote the draft) only at debug', () => {
    let built = 0;
    const message = (): string => `${++built}: a quoted sentence`;
    assert.deepEqual(logged('info', (log) => log.debug(message)), []);
    assert.equal(built, 0);
    assert.deepEqual(logged('debug', (log) => log.debug(message)), ['L [debug] 1: a quoted sentence']);
  });

  it("adds an Error's message, its stack at debug only, and writes other thrown values readably", () => {
    const error = new Error('disk full');
    assert.deepEqual(logged('info', (log) => log.error('saving failed', error)), ['E [error] saving failed: disk full']);
    const [withStack = ''] = logged('debug', (log) => log.error('saving failed', error));
    assert.match(withStack, /^E \[error\] saving failed: disk full\nError: disk full\n\s+at /);
    assert.deepEqual(
      logged('info', (log) => {
        log.error('a', 'plain words');
        log.error('b', { code: 7 });
        log.error('c', undefined);
        const cyclic: Record<string, unknown> = {};
        cyclic.self = cyclic;
        log.error('d', cyclic);
        log.error('e', Symbol('s'));
      }),
      ['E [error] a: plain words', 'E [error] b: {"code":7}', 'E [error] c', 'E [error] d: object', 'E [error] e: symbol'],
    );
  });

  it('reads a level from settings, and nothing else', () => {
    assert.equal(parseLogLevel('debug'), 'debug');
    for (const value of ['verbose', 'toString', '', 3, undefined, null]) assert.equal(parseLogLevel(value), undefined, String(value));
  });
});
