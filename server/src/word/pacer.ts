/**
 * Lets a long conversion give the event loop a turn now and then, so a server that runs it keeps
 * answering other requests. Only globals that Node, browsers and web workers all have
 * (setTimeout, performance): no Node built-in. A caller may inject its own pause.
 */
export type Pause = () => Promise<void>;

/** A macrotask turn: pending requests and I/O are handled before the conversion goes on. */
export const yieldToEventLoop: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

export class Pacer {
  private since = performance.now();

  /** `sliceMs`: how long the conversion may run between pauses. */
  constructor(
    private readonly pause: Pause = yieldToEventLoop,
    private readonly sliceMs = 20,
  ) {}

  /** Pauses when the conversion has had its slice since the last pause. */
  async tick(): Promise<void> {
    if (performance.now() - this.since < this.sliceMs) return;
    await this.now();
  }

  /** Pauses whatever the time: between the steps of a conversion. */
  async now(): Promise<void> {
    await this.pause();
    this.since = performance.now();
  }
}
