/**
 * The English message catalogue: message id -> template. `{name}` stands for a value the rule
 * passes; the French and Spanish catalogues have the same ids and the same placeholders (a test
 * holds them to it). Rules whose messages are not here yet still write English text.
 */
export const en = {
  // Names the messages share.
  'part.1': 'Part One',
  'part.2': 'Part Two',
  'part.3': 'Part Three',
  // The check itself.
  'check.rule-failed': "The rule '{rule}' could not check this draft ({error}). The other rules still ran; please report this.",
  // Rules.
  'part-empty.no-text': '{part} has no text yet: write it, or remove the heading if the Part is elsewhere.',
  'part-order.after': '{part} comes after {highest}: move it, with its text, before {highest}.',
  'part-duplicate.again': '{part} appears a second time (first on line {line}): merge the two or correct this label.',
  'part-duplicate.more.1': '{message} 1 more repeated Part heading follows.',
  'part-duplicate.more.n': '{message} {count} more repeated Part headings follow.',
  'action-line-unknown.code': '{code} is not a WSIS action line: the action lines run from C{first} to C{last}. Write the code of the action line you mean.',
  'length-part-one.over': 'Part One has {words} words (about {pages}); the template asks for about half a page ({limit} words). Shorten it and move detail to Parts Two and Three.',
  'length-total.over': 'The body has {words} words (about {pages}); the template asks for 2-4 pages (at most {limit} words). Cut {cut} words, or link to longer material from a footnote.',
  'pages.1': '1 page',
  'pages.n': '{count} pages',
} as const;

export type MessageId = keyof typeof en;
export type Catalogue = Readonly<Record<MessageId, string>>;
