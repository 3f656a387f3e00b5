import { formatMessage, type Locale } from '../engine';

/** What went wrong with a file, in words for a message (`permission denied`, not `EACCES`), in `locale`. */
export function ioReason(error: unknown, locale: Locale = 'en'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return formatMessage(locale, 'io.no-such-file');
  if (code === 'EACCES' || code === 'EPERM') return formatMessage(locale, 'io.permission-denied');
  if (code === 'EISDIR') return formatMessage(locale, 'io.is-folder');
  return error instanceof Error ? error.message : String(error);
}
