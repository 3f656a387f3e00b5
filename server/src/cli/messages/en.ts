/**
 * The command line's own text in English: usage, errors and the summary (the rules' messages and
 * the configuration's problems are in the engine's catalogue). `{name}` stands for a value; the
 * French and Spanish catalogues have the same ids and placeholders (a test holds them to it).
 * Option names, rule ids, file paths and the words of the text format (`error`, `warning`,
 * `info`, `[rule-id]`) are never translated: scripts read them.
 */
export const en = {
  usage: `Usage: wsis-lint [options] PATH...
       wsis-lint export --docx|--pdf [--out PATH] [--strict] FILE
       wsis-lint import [--roll-forward] [--out PATH] [--force] FILE.docx

Checks WSIS submission drafts (Markdown) against the CSTD report template.
PATH is a file, a folder (its *.wsis.md files, and *.md files that look like
submissions) or a glob; '-' reads a draft from standard input.

Options:
  --format text|json|sarif   output format (default: text)
  --config FILE              use this .wsisrc.json instead of looking for one
  --fix                      apply every mechanical fix in place, then report what remains
  --quiet                    report errors only
  --locale en|fr|es          language of the messages (default: from LC_ALL,
                             LC_MESSAGES or LANG; English otherwise)
  -h, --help                 show this help
  -v, --version              show the version

'wsis-lint export --help' and 'wsis-lint import --help' describe the Word commands.

Exit status: 0 no error-level problem, 1 some error-level problem,
2 usage or input/output errors (the other files are still checked).`,
  'usage.export': `Usage: wsis-lint export --docx|--pdf [options] FILE

Writes the draft FILE as a Word document laid out like a published submission
(cover centred and bold, Parts as headings, Word footnotes), or as a PDF made
from it with LibreOffice. The result goes beside the draft as NAME.docx or
NAME.pdf. A draft that still has error-level problems is exported with a warning.

Options:
  --docx             write a Word document (the default)
  --pdf              write a PDF (needs LibreOffice: soffice on PATH or WSIS_LIBREOFFICE)
  --out PATH         write here instead
  --strict           refuse to export a draft with error-level problems (exit 1)
  --force            replace PATH even if it is not an untouched earlier export
  --config FILE      use this .wsisrc.json for the check before exporting
  --timeout SECONDS  how long LibreOffice may take (default 120)
  --locale en|fr|es  language of the messages
  -h, --help         show this help`,
  'usage.import': `Usage: wsis-lint import [options] FILE.docx|FILE.pdf

Makes a Markdown draft from a Word document or a PDF (last year's published
submission, say): headings, paragraphs, lists, emphasis, links and footnotes,
with the cover block and the Parts written as the template writes them. From a
PDF, the hard-wrapped lines are joined into paragraphs, page numbers and running
headers dropped, and the footnotes at the foot of the pages matched to their
marks; a summary says how many pages, paragraphs and footnotes were read, and
what was unsure. The draft goes beside the document as NAME.wsis.md.

Options:
  --roll-forward     start this year's draft from last year's: session, years and
                     dates one year on (confirm the dates: only their year changes)
  --out PATH         write here instead ('-' writes to standard output)
  --force            replace PATH if it exists
  --locale en|fr|es  language of the messages
  -h, --help         show this help`,
  // Usage errors (UsageError), then the hint that follows them.
  'args.needs-value': '{option} needs a value.',
  'args.unknown-format': "Unknown format '{format}': use text, json or sarif.",
  'args.unknown-locale': "Unknown locale '{locale}': use en, fr or es.",
  'args.unknown-option': "Unknown option '{option}'.",
  'args.no-paths': 'Name at least one file or folder to check.',
  'args.timeout': "--timeout takes a number of seconds, not '{value}'.",
  'args.unknown-option-for': "Unknown option '{option}' for {command}.",
  'args.one-format': 'Choose one of --docx and --pdf.',
  'args.export-none': 'Name the draft to export.',
  'args.export-many': 'Export one draft at a time.',
  'args.export-stdin': 'Export needs the draft as a file (the output goes beside it), not standard input.',
  'args.import-none': 'Name the Word document (.docx) or PDF to import.',
  'args.import-many': 'Import one document at a time.',
  'args.see-help': "Run 'wsis-lint --help' for usage.",
  'args.see-command-help': "Run 'wsis-lint {command} --help' for usage.",
  // Checking.
  'check.fix-stdin': '--fix cannot rewrite standard input; name the file instead.',
  'check.config-unread': '{error}; using the defaults.',
  'check.cannot-read': '{file}: cannot read it ({reason}).',
  'check.binary': '{file}: not a text file; skipped.',
  'check.not-utf8': '{file}: not fixed: it is not valid UTF-8 (Latin-1 or another encoding?); save it as UTF-8 first. The file is unchanged.',
  'check.fixed.one': '{file}: fixed {count} problem.',
  'check.fixed.other': '{file}: fixed {count} problems.',
  'check.cannot-write': '{file}: cannot write the fixes ({error}); the file is unchanged.',
  'check.no-drafts-here': '{folder}: no drafts here (no *.wsis.md file, and no *.md file that looks like a submission).',
  'check.failure': 'unexpected failure: {error}',
  // What the command line names (files.ts).
  'files.bad-glob': '{path}: not a valid glob pattern ({error}).',
  'files.no-match': '{path}: no file matches this pattern.',
  'files.missing': '{path}: no such file or folder.',
  'files.unreadable-folder': '{path}: cannot read this folder ({error}).',
  'files.no-drafts': '{path}: no drafts (*.md files) in this folder.',
  // The summary after the problems (text format).
  'summary.checked.one': '{count} file checked',
  'summary.checked.other': '{count} files checked',
  'summary.problems.one': '{count} problem',
  'summary.problems.other': '{count} problems',
  'summary.errors.one': '{count} error',
  'summary.errors.other': '{count} errors',
  'summary.warnings.one': '{count} warning',
  'summary.warnings.other': '{count} warnings',
  'summary.info.one': '{count} info',
  'summary.info.other': '{count} info',
  'summary.fixable.one': '{count} can be fixed with --fix',
  'summary.fixable.other': '{count} can be fixed with --fix',
  'summary.clean': '{checked}: no problems.',
  'summary.found': '{checked}: {problems} ({errors}, {warnings}, {info}).',
  'summary.found-fixable': '{checked}: {problems} ({errors}, {warnings}, {info}); {fixable}.',
  // The export and import commands (word.ts).
  'word.config-problems': "{path} has {count} problem(s); run 'wsis-lint {file}' to see them.",
  'word.note': '{file}: note: {note}',
  'word.not-utf8': '{file}: not exported: it is not valid UTF-8 (Latin-1 or another encoding?); save it as UTF-8 first.',
  'word.cannot-read': '{file}: cannot read it ({reason}).',
  'word.still-errors.one': '{file} still has {count} error-level problem:',
  'word.still-errors.other': '{file} still has {count} error-level problems:',
  'word.strict': 'not exported (--strict). Fix the problems, or export without --strict.',
  'word.anyway': 'exporting anyway (use --strict to refuse).',
  'word.wrote.one': 'Wrote {path} ({count} footnote).',
  'word.wrote.other': 'Wrote {path} ({count} footnotes).',
  'word.cannot-write-pdf': 'cannot write the PDF ({reason}).',
  'word.cannot-write-docx': 'cannot write the Word document ({reason}).',
  'word.no-such-file': '{file}: no such file.',
  'word.cannot-import': '{file}: cannot import it ({reason}).',
} as const;

export type CliMessageId = keyof typeof en;
export type CliCatalogue = Readonly<Record<CliMessageId, string>>;
