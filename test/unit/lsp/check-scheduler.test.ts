import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CheckScheduler, type CheckSchedulerOptions } from '../../../server/src/lsp/check-scheduler';
import { at } from '../../../server/src/engine/text/at';

/**
 * A scheduler on a fake clock. Each check of a document takes `costs[uri]` ms of fake time (0
 * unless set): it is done, and its cost reported, that long after it starts. `advance` moves
 * time and fires what falls due, in order.
 */
function harness(options: CheckSchedulerOptions = {}) {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const runs: { uri: string; at: number }[] = [];
  const costs = new Map<string, number>();
  const setTimer = (run: () => void, ms: number): number => {
    const id = ++next;
    timers.set(id, { at: now + ms, run });
    return id;
  };
  const scheduler: CheckScheduler = new CheckScheduler(
    (uri) => {
      runs.push({ uri, at: now });
      const cost = costs.get(uri) ?? 0;
      return new Promise<void>((resolve) =>
        setTimer(() => {
          scheduler.checked(uri, cost);
          resolve();
        }, cost),
      );
    },
    {
      budgetMs: 15,
      maxDelayMs: 200,
      idleMs: 1,
      ...options,
      now: () => now,
      setTimer,
      clearTimer: (id) => timers.delete(id as number),
    },
  );
  const advance = async (ms: number): Promise<void> => {
    const end = now + ms;
    for (;;) {
      // Promise callbacks (a check being done) run before the next timer, as in Node.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (due === undefined) break;
      timers.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].run();
    }
    now = end;
  };
  /** Opens `uri` with checks of `cost` ms: its first check is done and measured, and 5 ms have passed since. */
  const opened = async (uri: string, cost: number): Promise<void> => {
    costs.set(uri, cost);
    scheduler.soon(uri);
    await advance(cost + 5);
  };
  return { scheduler, runs, costs, advance, opened, pendingTimers: () => timers.size, at: () => now };
}

const A = 'file:///a.wsis.md';
const B = 'file:///b.wsis.md';

describe('CheckScheduler', () => {
  it('checks at once after an edit while the document has no measured cost, or a cheap one, however fast the edits', async () => {
    const { scheduler, runs, advance, opened } = harness();
    assert.equal(scheduler.edited(A), 0, 'not checked yet: at once');
    await advance(0);
    assert.equal(runs.length, 1);
    await opened(B, 12);
    for (let i = 0; i < 5; i++) {
      // Each edit comes while the previous check is still running: still at once.
      assert.equal(scheduler.edited(B), 0);
      await advance(5);
    }
    assert.equal(runs.filter((r) => r.uri === B).length, 6);
  });

  it('coalesces edits that arrive together into one check', async () => {
    const { scheduler, runs, advance } = harness();
    scheduler.edited(A);
    scheduler.edited(A);
    scheduler.edited(A);
    await advance(0);
    assert.equal(runs.length, 1);
  });

  it('checks a costly document at once when the edit finds the server idle', async () => {
    const { scheduler, runs, advance, opened } = harness();
    await opened(A, 40);
    for (let i = 0; i < 3; i++) {
      await advance(2);
      assert.equal(scheduler.edited(A), 0, 'an edit 2 ms after the last 40 ms check was done');
      await advance(40);
    }
    assert.deepEqual(
      runs.map((r) => r.at),
      [0, 47, 89, 131],
    );
  });

  it('waits for a pause as long as the last check when an edit comes in while a check runs', async () => {
    const { scheduler, runs, advance, opened, at } = harness();
    await opened(A, 40);
    assert.equal(scheduler.edited(A), 0);
    await advance(10);
    assert.equal(runs.length, 2, 'the first edit: checked at once');
    assert.equal(scheduler.edited(A), 40, 'an edit while that check runs: wait one check cost');
    const queued = at();
    await advance(39);
    assert.equal(runs.length, 2, 'not before the pause is over');
    await advance(1);
    assert.equal(runs.length, 3);
    assert.equal(runs[2]!.at, queued + 40);
  });

  it('treats an edit right after a check was done (queued behind it) as coming in during it', async () => {
    const { scheduler, advance, opened } = harness();
    await opened(A, 40);
    scheduler.soon(A);
    await advance(40);
    assert.equal(scheduler.edited(A), 40, 'at the instant the check was done');
    scheduler.soon(A);
    await advance(41);
    assert.equal(scheduler.edited(A), 0, 'idleMs after it');
  });

  it('re-arms the pause on each fast edit, but never waits more than maxDelayMs after the first', async () => {
    const { scheduler, runs, advance, opened } = harness({ maxDelayMs: 100 });
    await opened(A, 40);
    // Key repeat: an edit every 20 ms for 400 ms, faster than the 40 ms checks.
    const edits: number[] = [];
    for (let t = 0; t < 400; t += 20) {
      edits.push(scheduler.edited(A));
      await advance(20);
    }
    assert.equal(edits[0], 0, 'the first edit finds the server idle');
    const during = runs.slice(2).map((r) => r.at);
    assert.ok(during.length >= 2, `a check at least every maxDelayMs + a check during the burst (checks at ${during.join(', ')})`);
    for (let i = 1; i < during.length; i++) assert.ok(at(during, i) - at(during, i - 1) <= 100 + 40 + 20, `gap ${at(during, i) - at(during, i - 1)} ms`);
    assert.ok(runs.length < 1 + edits.length / 2, `fewer checks (${runs.length - 1}) than half the edits (${edits.length})`);
    // After the burst: the last edits are checked one check cost after the last one.
    const last = runs.length;
    await advance(40);
    assert.equal(runs.length, last + 1);
  });

  it('never pushes a check due at once later, even for an edit right after', async () => {
    const { scheduler, runs, advance, opened } = harness();
    await opened(A, 40);
    await advance(1000);
    assert.equal(scheduler.edited(A), 0, 'an edit to an idle server: at once');
    assert.equal(scheduler.edited(A), 0, 'a second edit in the same turn joins it');
    await advance(0);
    assert.deepEqual(runs.map((r) => r.at), [0, 1045]);
  });

  it('checks at once on soon() even while a pause is pending', async () => {
    const { scheduler, runs, advance, opened } = harness();
    await opened(A, 40);
    scheduler.soon(A);
    await advance(10);
    assert.equal(scheduler.edited(A), 40, 'an edit while a check runs: a pause');
    await advance(5);
    scheduler.soon(A);
    await advance(0);
    assert.deepEqual(runs.map((r) => r.at), [0, 45, 60]);
  });

  it('takes the last check\'s cost, and forgets a closed document', async () => {
    const { scheduler, costs, runs, advance, opened, pendingTimers } = harness();
    await opened(A, 200);
    assert.equal(scheduler.costOf(A), 200);
    costs.set(A, 10);
    scheduler.soon(A);
    await advance(10);
    assert.equal(scheduler.costOf(A), 10);
    assert.equal(scheduler.edited(A), 0, 'cheap again: at once');
    scheduler.forget(A);
    assert.equal(scheduler.isPending(A), false);
    assert.equal(scheduler.costOf(A), undefined);
    await advance(500);
    assert.equal(pendingTimers(), 0);
    assert.equal(runs.length, 2);
  });

  it('does not keep a forgotten document\'s check results', async () => {
    const { scheduler, advance, opened, costs } = harness();
    await opened(A, 40);
    scheduler.soon(A);
    await advance(0);
    scheduler.forget(A);
    costs.set(A, 40);
    await advance(40);
    assert.equal(scheduler.costOf(A), undefined);
  });

  it('schedules documents independently', async () => {
    const { scheduler, runs, advance, opened } = harness();
    await opened(A, 40);
    scheduler.edited(A);
    scheduler.edited(B);
    await advance(5);
    scheduler.edited(A);
    scheduler.edited(B);
    await advance(0);
    const seen = (): string[] => runs.map((r) => `${r.uri === A ? 'A' : 'B'}@${r.at}`);
    assert.deepEqual(seen(), ['A@0', 'A@45', 'B@45', 'B@50']);
    await advance(40);
    assert.deepEqual(seen(), ['A@0', 'A@45', 'B@45', 'B@50', 'A@90']);
  });

  it('stops everything on cancelAll', async () => {
    const { scheduler, runs, advance, pendingTimers } = harness();
    scheduler.edited(A);
    scheduler.edited(B);
    scheduler.cancelAll();
    await advance(1000);
    assert.equal(runs.length, 0);
    assert.equal(pendingTimers(), 0);
  });
});
