import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileRefused, type LocalFiles, type ServerHost } from '../lsp/host';
import { loadPdf } from '../pdf/load';
import { loadWord } from '../word/load';
import { readConfigUri } from './config-files';
import { findMarkdownFiles } from './markdown-files';
import { FileReadError, readRegularFileAsync } from './read-file';
import { ioReason } from './errors';
import { nodeFileWord } from './word-host';

const isFileUri = (uri: string): boolean => /^file:/i.test(uri);

const files: LocalFiles = {
  handles: isFileUri,
  async read(uri, maxBytes) {
    try {
      // A regular file only, of at most maxBytes (the CLI's limit too).
      return await readRegularFileAsync(fileURLToPath(uri), maxBytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw error instanceof FileReadError ? new FileRefused(error.message) : new Error(ioReason(error));
    }
  },
  async findMarkdownFiles(folderUri, token) {
    return (await findMarkdownFiles(fileURLToPath(folderUri), token)).map((path) => pathToFileURL(path).href);
  },
  readConfig: readConfigUri,
};

/** The language server's host on Node: the disk for `file:` URIs, files written in place, setImmediate. */
export const nodeHost: ServerHost = {
  files,
  fileWord: nodeFileWord,
  loadWordCore: () => Promise.resolve(loadWord()),
  loadPdf: () => Promise.resolve(loadPdf()),
  yieldToEvents: () => new Promise<void>((resolve) => setImmediate(resolve)),
};
