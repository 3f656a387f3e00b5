import type { Finding, RuleContext } from '../rule';

/**
 * One rule's findings, at most `max` of them reported. Rules whose findings can run into the
 * thousands (a draft scrambled or pasted together throughout) need one fix, not a squiggle per
 * footnote: the last finding reported says how many more there are. Past the limit, findings are
 * only counted, and `full` lets a rule skip building those no one will see.
 */
export class CappedFindings {
  private readonly kept: Finding[] = [];
  private uncounted = 0;

  constructor(private readonly max: number) {}

  /** Whether the limit is passed: one more than `max` is kept, to know that there are more. */
  get full(): boolean {
    return this.kept.length > this.max;
  }

  readonly add = (finding: Finding): void => {
    if (this.full) this.uncounted++;
    else this.kept.push(finding);
  };

  /** A finding past the limit, counted without being built. */
  skip(): void {
    this.uncounted++;
  }

  /** Reports what is kept; past the limit, the last reported is `last(finding, how many more)`. */
  reportTo(context: RuleContext, last: (finding: Finding, hidden: number) => Finding): void {
    const { kept, max } = this;
    if (kept.length > max) {
      const hidden = kept.length - max + this.uncounted;
      kept.length = max;
      const lastKept = kept[max - 1];
      if (lastKept !== undefined) kept[max - 1] = last(lastKept, hidden);
    }
    for (const f of kept) context.report(f);
  }
}
