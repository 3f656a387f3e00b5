/**
 * The server's log, sent to the client as window/logMessage (VS Code's "WSIS" output channel).
 * Draft text never goes above `debug`: at `info` the log names documents, versions, counts
 * and timings only, so a log attached to a bug report does not leak a confidential draft.
 */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

const ORDER: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export interface LogSink {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  log(message: string): void;
}

export function parseLogLevel(value: unknown): LogLevel | undefined {
  // Own keys only: `in` would take 'toString' (from the prototype) for a level, and silence the log.
  return typeof value === 'string' && Object.hasOwn(ORDER, value) ? (value as LogLevel) : undefined;
}

export class Logger {
  constructor(
    private readonly sink: LogSink,
    public level: LogLevel = 'info',
  ) {}

  enabled(level: LogLevel): boolean {
    return ORDER[level] <= ORDER[this.level];
  }

  error(message: string, error?: unknown): void {
    if (!this.enabled('error')) return;
    const detail = error instanceof Error ? `: ${error.message}${this.enabled('debug') && error.stack !== undefined ? `\n${error.stack}` : ''}` : error !== undefined ? `: ${thrownText(error)}` : '';
    this.sink.error(`[error] ${message}${detail}`);
  }

  warn(message: string): void {
    if (this.enabled('warn')) this.sink.warn(`[warn] ${message}`);
  }

  info(message: string): void {
    if (this.enabled('info')) this.sink.info(`[info] ${message}`);
  }

  /** The only level that may quote draft text (diagnostic messages, definitions, ...). */
  debug(message: string | (() => string)): void {
    if (this.enabled('debug')) this.sink.log(`[debug] ${typeof message === 'function' ? message() : message}`);
  }
}

/** What was thrown, when it is not an Error: a string as it is, anything else as JSON (never '[object Object]'). */
function thrownText(thrown: unknown): string {
  if (typeof thrown === 'string') return thrown;
  try {
    return JSON.stringify(thrown) ?? typeof thrown;
  } catch {
    return typeof thrown;
  }
}
