/**
 * When to check a document after an edit, from what its checks cost and whether the edits
 * outpace them.
 *
 * - A document whose last check was cheap (at most `budgetMs`, publish included) is checked at
 *   once after every edit.
 * - A costlier document is also checked at once when the edit finds the server idle: no check
 *   of it running or waiting, and the last one done (its publish written) at least `idleMs`
 *   before. The edits then come slower than the checks, and waiting would only add latency.
 * - Otherwise the edits outpace the checks (this one came in while the last check was still
 *   running or publishing, or while a pause was pending): it waits for a pause in the edits as
 *   long as the last check took, so a burst of typing is not held up behind checks that are
 *   stale before they are published. Each such edit re-arms the pause, but a check never waits
 *   more than `maxDelayMs` after the first edit it covers.
 *
 * "At once" is a zero timer, so edits that arrive together (queued before it fires) make one
 * check; a check due at once is never pushed later by another edit.
 */
export interface CheckSchedulerOptions {
  /** Checks that cost at most this many ms run at once after every edit. */
  budgetMs?: number;
  /** The longest a check waits after the first edit it covers. */
  maxDelayMs?: number;
  /** An edit this soon (ms) after a check was done counts as having come in during it. */
  idleMs?: number;
  /** For tests: the clock (ms) and the timers. */
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const DEFAULT_CHECK_BUDGET_MS = 15;
export const DEFAULT_MAX_CHECK_DELAY_MS = 200;
export const DEFAULT_IDLE_MS = 1;

interface State {
  /** The timer of the check to come, if one is scheduled. */
  timer?: unknown;
  /** When the first edit the scheduled check covers came. */
  first: number;
  /** Whether the scheduled check runs at once (not after a pause). */
  atOnce: boolean;
  /** Checks started and not yet done. */
  running: number;
  /** The last check's cost (ms, from its start to its publish written). */
  cost?: number;
  /** When the last check was done. */
  done?: number;
}

export class CheckScheduler {
  readonly budgetMs: number;
  readonly maxDelayMs: number;
  readonly idleMs: number;
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private readonly states = new Map<string, State>();

  /** `run` checks the document; the promise it returns settles when the check is done (published or given up). */
  constructor(
    private readonly run: (uri: string) => Promise<unknown> | undefined,
    options: CheckSchedulerOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? DEFAULT_CHECK_BUDGET_MS;
    this.maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_CHECK_DELAY_MS;
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  private state(uri: string): State {
    let s = this.states.get(uri);
    if (s === undefined) {
      s = { first: 0, atOnce: false, running: 0 };
      this.states.set(uri, s);
    }
    return s;
  }

  /** An edit to `uri`: schedules its check at once or after a pause. Returns the wait chosen (ms). */
  edited(uri: string): number {
    const s = this.state(uri);
    if (s.timer !== undefined && s.atOnce) return 0;
    const now = this.now();
    const cheap = s.cost === undefined || s.cost <= this.budgetMs;
    const busy = s.timer !== undefined || s.running > 0 || (s.done !== undefined && now - s.done < this.idleMs);
    if (cheap || !busy) return this.soon(uri);
    const first = s.timer !== undefined ? s.first : now;
    const wait = Math.max(0, Math.min(s.cost ?? 0, first + this.maxDelayMs - now));
    this.arm(uri, s, wait, first, false);
    return wait;
  }

  /** Checks `uri` at once (after the messages already queued), joining a check already due. */
  soon(uri: string): number {
    const s = this.state(uri);
    if (s.timer !== undefined && s.atOnce) return 0;
    this.arm(uri, s, 0, s.timer !== undefined ? s.first : this.now(), true);
    return 0;
  }

  private arm(uri: string, s: State, wait: number, first: number, atOnce: boolean): void {
    if (s.timer !== undefined) this.clearTimer(s.timer);
    const timer = this.setTimer(() => {
      if (s.timer !== timer || this.states.get(uri) !== s) return;
      s.timer = undefined;
      s.running++;
      const settled = (): void => {
        s.running--;
        s.done = this.now();
      };
      let pending: Promise<unknown> | undefined;
      try {
        pending = this.run(uri);
      } finally {
        if (pending === undefined) settled();
      }
      pending?.then(settled, settled);
    }, wait);
    s.timer = timer;
    s.first = first;
    s.atOnce = atOnce;
  }

  /** What a check of `uri` cost (ms, from its start to its publish written). */
  checked(uri: string, ms: number): void {
    const s = this.states.get(uri);
    if (s !== undefined) s.cost = ms;
  }

  /** The document's last check cost (ms), if it has been checked. */
  costOf(uri: string): number | undefined {
    return this.states.get(uri)?.cost;
  }

  isPending(uri: string): boolean {
    return this.states.get(uri)?.timer !== undefined;
  }

  /** The document closed: no check, and its history is forgotten. */
  forget(uri: string): void {
    const s = this.states.get(uri);
    if (s?.timer !== undefined) this.clearTimer(s.timer);
    this.states.delete(uri);
  }

  cancelAll(): void {
    for (const s of this.states.values()) {
      if (s.timer !== undefined) this.clearTimer(s.timer);
      s.timer = undefined;
    }
  }
}
