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
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, on purpose
  return (require('./preview/preview-bundle') as typeof PreviewModule).extendMarkdownIt(md);
}

export const PREVIEW_API: WsisExtensionApi = { extendMarkdownIt };
