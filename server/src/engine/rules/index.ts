import type { Rule } from './rule';
import { coverCommission } from './cover-commission';
import { coverSession } from './cover-session';
import { coverSessionYear } from './cover-session-year';
import { coverTitle } from './cover-title';
import { coverSubmitter } from './cover-submitter';
import { coverInputParagraph } from './cover-input-paragraph';
import { disclaimer } from './disclaimer';
import { pastedLayout } from './pasted-layout';
import { partMissing } from './part-missing';
import { partOrder } from './part-order';
import { partDuplicate } from './part-duplicate';
import { partEmpty } from './part-empty';
import { partHeadingStyle } from './part-heading-style';
import { partThreeSubsections } from './part-three-subsections';
import { lengthPartOne } from './length-part-one';
import { lengthTotal } from './length-total';
import { templateInstructions } from './template-instructions';
import { templatePlaceholders } from './template-placeholders';
import { footnoteUndefined } from './footnote-undefined';
import { footnoteUnused } from './footnote-unused';
import { footnoteSequence } from './footnote-sequence';
import { footnoteStyle } from './footnote-style';
import { linkEmptyTarget } from './link-empty-target';
import { actionLineUnknown } from './action-line-unknown';

/**
 * Every rule, in the order the docs list them. A rule says what it is about in its metadata's
 * `tags` ('cover', 'parts', 'footnotes' ...), not by where it stands here; rules live one a file,
 * never import one another, and share code through ./helpers (test/unit/rule-tags.test.ts).
 */
export const RULES: readonly Rule[] = [
  coverCommission,
  coverSession,
  coverSessionYear,
  coverTitle,
  coverSubmitter,
  coverInputParagraph,
  disclaimer,
  pastedLayout,
  partMissing,
  partOrder,
  partDuplicate,
  partEmpty,
  partHeadingStyle,
  partThreeSubsections,
  lengthPartOne,
  lengthTotal,
  templateInstructions,
  templatePlaceholders,
  footnoteUndefined,
  footnoteUnused,
  footnoteSequence,
  footnoteStyle,
  linkEmptyTarget,
  actionLineUnknown,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
