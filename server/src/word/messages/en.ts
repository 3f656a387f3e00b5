/**
 * What the Word and PDF conversions report, in English: the notes of an import or an export, a
 * PDF import's summary, and the reasons a document or a draft is refused. `{name}` stands for a
 * value; the French and Spanish catalogues have the same ids and placeholders (a test holds them
 * to it). Ids ending in `.one` and `.other` are the forms of a count (wordCount). File names,
 * option names and what is quoted from a document stay as they are.
 */
export const en = {
  // Roll-forward (the cover one year on).
  // A session's ordinal in digits, as the engine's messages write it (a test holds them to the engine's).
  'ordinal.first': '{n}st',
  'ordinal.st': '{n}st',
  'ordinal.nd': '{n}nd',
  'ordinal.rd': '{n}rd',
  'ordinal.th': '{n}th',

  'roll.unreadable.cover': "The session in the cover ('{was}') cannot be read, so it was not rolled forward: correct it by hand.",
  'roll.unreadable.input': "The session in the input paragraph ('{was}') cannot be read, so it was not rolled forward: correct it by hand.",
  'roll.session.cover': 'Session in the cover: {was} -> {now}.',
  'roll.session.input': 'Session in the input paragraph: {was} -> {now}.',
  'roll.no-session': 'No session was found in the cover, so none was rolled forward.',
  'roll.title': 'Title: efforts in {was} -> efforts in {now}.',
  'roll.dates': "Dates: '{was}' -> '{now}'. The days and month are last year's: confirm the session's dates before submitting.",
  'roll.session-year': 'The {session} session is held in {year}, not {datesYear}: check the session and the dates.',
  'roll.no-dates': "No session dates were found in the cover: add this year's venue and dates.",

  // Import from Word (and paste from Word).
  'import.dangling.one': '{count} footnote reference points to a note the Word document does not have: left out.',
  'import.dangling.other': '{count} footnote references point to a note the Word document does not have: left out.',
  'import.images.one': '{count} image was left out: a draft holds text only.',
  'import.images.other': '{count} images were left out: a draft holds text only.',
  'import.word-message': 'Word document: {message}',
  'import.unconvertible': 'not a Word document that can be converted ({detail})',
  'import.too-long': 'its text comes to over {chars} thousand characters, beyond the {max} thousand a draft may have; a submission has about twenty',

  // A .docx refused before it is read.
  'docx.unreadable': 'not a Word document that can be read ({detail})',
  'docx.unreadable-part': 'not a Word document that can be read ({name}: {detail})',
  'docx.not-zip': 'not a Word document that can be read (it is not a zip file)',
  'docx.zip64-missing': 'not a Word document that can be read (its zip64 directory is missing)',
  'docx.zip64-damaged': 'not a Word document that can be read (its zip64 directory is damaged)',
  'docx.directory-outside': 'not a Word document that can be read (its zip directory lies outside the file)',
  'docx.directory-damaged': 'not a Word document that can be read (its zip directory is damaged)',
  'docx.directory-inconsistent': 'not a Word document that can be read (its zip directory is inconsistent at {name})',
  'docx.entries': 'the document holds {count} files; a Word document has a few dozen, so this is not imported',
  'docx.part-size': "its part {name} would unpack to {size} MB; a submission's is well under 1 MB, and at most {max} MB is read",
  'docx.xml-size': 'its XML parts would unpack to {size} MB; at most {max} MB is read',
  'docx.part-overflow': 'its part {name} unpacks to more than the {count} bytes its zip directory declares (a damaged or forged file)',
  'docx.file-size': 'the file is {size} MB; at most {max} MB is read',
  'docx.xml-over': 'its XML parts unpack to over {max} MB, the most that is read',
  'docx.tags': 'its XML holds over {count} tags; a submission of a few pages has about ten thousand',

  // Import from PDF.
  'pdf.not-pdf': 'not a PDF file (it does not start with %PDF-)',
  'pdf.unreadable': 'not a PDF that can be read ({detail})',
  'pdf.cut-short': 'not a PDF that can be read: it ends without the end-of-file mark a PDF has, so it is probably cut short (an interrupted download?)',
  'pdf.file-size': 'it is {size} MB, beyond the {max} MB an import reads; a submission is well under 1 MB',
  'pdf.pages': 'it has {pages} pages, and an import reads at most {max}; a submission has 2 to 4 (save the pages of the submission as a PDF of their own, and import that)',
  'pdf.time': 'reading it took longer than {seconds} s and was stopped at page {page} of {pages}',
  'pdf.chars': 'its text comes to over {max} characters by page {page}; a submission has about twenty thousand',
  'pdf.no-text': 'this PDF has no text to read: it is probably a scan (an image of each page). Run it through OCR first, or import the Word document it was made from',
  'pdf.no-text-cut-short': 'no text could be read from it, and it ends without the end-of-file mark a PDF has: it is probably cut short (an interrupted download?)',
  'pdf.encrypted': 'this PDF is encrypted (it asks for a password to open): open it, save or print it as a PDF without a password, and import that',
  'pdf.empty-pages.one': '{count} page without text (scanned?) left out: {pages}.',
  'pdf.empty-pages.other': '{count} pages without text (scanned?) left out: {pages}.',
  'pdf.unmatched-mark': "Page {page}: a small raised {mark} after '{after}' may be a footnote mark, but no footnote {mark} was found: left as it was, raised (<sup>{mark}</sup>).",
  'pdf.unused-footnote': 'Page {page}: footnote {mark} has no mark in the text that points to it: its text is kept as a paragraph at the end.',
  'pdf.summary': 'Read {pages}: {paragraphs}, {footnotes}; {unsure}.',
  'pdf.summary.pages.one': '{count} page',
  'pdf.summary.pages.other': '{count} pages',
  'pdf.summary.paragraphs.one': '{count} paragraph',
  'pdf.summary.paragraphs.other': '{count} paragraphs',
  'pdf.summary.footnotes.one': '{count} footnote',
  'pdf.summary.footnotes.other': '{count} footnotes',
  'pdf.summary.sure': 'nothing unsure',
  'pdf.summary.unsure.one': '{count} thing unsure, left as it was (see the notes)',
  'pdf.summary.unsure.other': '{count} things unsure, left as they were (see the notes)',

  // Paste from Word.
  'paste.html-size': 'The clipboard holds {size} KB of HTML, more than the {max} MB a paste converts.',
  'paste.elements': "The clipboard's HTML has more than {max} HTML elements, more than a paste converts.",
  'paste.too-long': 'The pasted text comes to over {max} thousand characters, more than a draft may have.',

  // Export to Word.
  'export.chars': 'The draft is too large to export: it has {count} characters, more than the {max} allowed (a submission has about twenty thousand).',
  'export.pieces': "The draft is too large to export: its Word document would hold {count} paragraphs, runs, cells and footnotes, more than the {max} allowed (a submission's holds a few thousand).",
  'export.footnote-chars': "The draft is too large to export: its footnotes, with each repeated at every reference to it, come to over {max} characters (a submission's to a few thousand).",
  'export.removed.one': '{count} character that a Word document cannot hold (control characters, noncharacters such as U+FFFF, halves of surrogate pairs) was left out.',
  'export.removed.other': '{count} characters that a Word document cannot hold (control characters, noncharacters such as U+FFFF, halves of surrogate pairs) were left out.',
  'export.footnote-empty': 'Footnote {label} has no text in the draft: its mark is kept as a superscript.',
  'export.footnote-repeated': 'Footnote {label} is referred to {count} times: Word gets a footnote with its text at each reference.',
  'export.footnote-unused': 'Footnote {label} is never referred to in the text: it is left out.',

  // Files: what is never overwritten.
  'files.overwrite-export':
    '{path} exists and is not an untouched earlier export (it was saved in an office suite since, or made another way, like the Word document the draft came from); use --force to replace it, or --out to write elsewhere.',
  'files.overwrite-import': '{path} exists and was left as it is; use --out {free} to write the new draft beside it, or --force to replace it.',

  // LibreOffice (PDF export).
  'lo.missing':
    'PDF export needs LibreOffice, and no soffice or libreoffice program was found outside the workspace. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/), or set WSIS_LIBREOFFICE to the absolute path of the soffice program; or export --docx and save it as PDF from Word.',
  'lo.missing-not-run':
    'PDF export needs LibreOffice, and no soffice or libreoffice program was found outside the workspace. Not run: {programs}. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/), or set WSIS_LIBREOFFICE to the absolute path of the soffice program; or export --docx and save it as PDF from Word.',
  'lo.in-folder': '{path} (it lies inside the workspace folder {folder})',
  'lo.in-workspace': '{path} (it lies inside the workspace)',
  'lo.relative': 'WSIS_LIBREOFFICE={value} (not an absolute path)',
  'lo.timeout': 'LibreOffice did not finish within {seconds} s and was stopped.',
  'lo.failed': 'LibreOffice could not convert {file} (exit {code}).',
  'lo.failed-detail': 'LibreOffice could not convert {file} (exit {code}: {detail}).',
  'lo.no-start': 'LibreOffice could not be started ({detail}).',
} as const;

export type WordMessageId = keyof typeof en;
export type WordCatalogue = Readonly<Record<WordMessageId, string>>;
