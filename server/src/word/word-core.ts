/**
 * The Word conversions alone, with no file system: what the browser server loads on first use
 * (bundled as dist/web/word.js, see esbuild.mjs), and what the Node Word bundle re-exports. The
 * caller reads and writes the files (in the browser, the VS Code client through
 * `vscode.workspace.fs`).
 */
export { draftToDocx } from './export-docx';
export { docxToDraft, ImportError } from './import-docx';
export { DraftTooLargeError } from './read-draft';
export { PasteError, pasteHtmlIntoDraft } from './paste-html';
