// Waiting on a condition with a bounded deadline: the harness never sleeps for a fixed time.


export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Said in the error when the deadline passes (a function is called then, to tell the last state). */
  what?: string | (() => string);
}

/** Polls `check` until it returns a truthy value (returned), or throws at the deadline. */
export async function pollUntil<T>(check: () => T | Promise<T>, opts: PollOptions = {}): Promise<NonNullable<T>> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const intervalMs = opts.intervalMs ?? 200;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      const what = typeof opts.what === 'function' ? opts.what() : (opts.what ?? 'a condition');
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
