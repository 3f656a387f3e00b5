import type MarkdownIt from 'markdown-it';
import type * as PreviewModule from './preview/preview-bundle';

/** What the extension hands VS Code: the Markdown preview's plugin (`markdown.markdownItPlugins`). */
export interface WsisExtensionApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/**
 * The preview of drafts (the engine, the markdown-it plugin), loaded when the Markdown preview
 * first asks for it: dist/preview.js on the desktop (esbuild keeps the import apart); in the web
 * client's single bundle, where a worker cannot load another file of the extension this way.
 */
function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
  // A literal path: esbuild maps it to dist/preview.js; under tsx it is the TypeScript module.
  return require('./preview/preview-bundle').extendMarkdownIt(md);
}

/**
 * The one `require` here, resolved by esbuild: Node's in dist/client.js, the bundle's own in the
 * web client (dist/web/client.js). Declared for the browser type-check (tsconfig.web.json), which
 * has no Node globals.
 */
declare const require: (id: './preview/preview-bundle') => typeof PreviewModule;

export const PREVIEW_API: WsisExtensionApi = { extendMarkdownIt };
