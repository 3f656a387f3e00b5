/** Whether a cancellation was asked for (an LSP CancellationToken fits). */
export interface Cancellable {
  readonly isCancellationRequested: boolean;
}

export function isWsisFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.wsis.md');
}

/** The most Markdown files the workspace check looks at in one folder. */
export const MAX_WORKSPACE_FILES = 50_000;

/**
 * A file URI's spelling for comparing two URIs of one file (`file:///c%3A/x` and `file:///C:/x`):
 * percent-escapes decoded and a Windows drive letter in lower case.
 */
export function uriKey(uri: string): string {
  let key = uri;
  try {
    key = decodeURIComponent(uri);
  } catch {
    // keep it as it is
  }
  return key.replace(/^file:\/\/\/([A-Z]):/, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
}

/** A URI for a message: a `file:` URI as its path, others as they are. */
export function displayUri(uri: string): string {
  if (!/^file:\/\//i.test(uri)) return uri;
  const path = uriKey(uri).slice('file://'.length);
  return /^\/[a-z]:/i.test(path) ? path.slice(1).replace(/\//g, '\\') : path;
}

/** The last segment of a URI's path. */
export function uriBaseName(uri: string): string {
  const path = uriKey(uri).replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}
