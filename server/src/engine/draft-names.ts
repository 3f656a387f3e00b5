/**
 * File names for drafts the product proposes: a new submission (`Internet-Society-CSTD-30.wsis.md`)
 * and this year's draft started from last year's Word document. Safe on every system a draft is
 * saved on: no characters Windows refuses (`< > : " / \ | ? *`, control characters), no trailing
 * dot or space, not a device name Windows reserves (`CON`, `NUL`, `COM1` ...), at most 120
 * characters. Pure, for the editor, the server and the CLI alike.
 */

const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_STEM = 100;

/** `name` as a safe file name stem (no extension): refused characters and white space become `-`; `fallback` when nothing is left. */
export function safeFileStem(name: string, fallback = 'Submission'): string {
  let stem = name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g, '-')
    .replace(/[\s\u2028\u2029]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+/, '');
  stem = [...stem].slice(0, MAX_STEM).join('');
  stem = stem.replace(/[-. ]+$/, '');
  if (stem === '') stem = fallback;
  // `CON.wsis.md` is as reserved as `CON`: Windows looks at the part before the first dot.
  const head = stem.split('.', 1).at(0) ?? stem; // split always gives at least one piece
  if (RESERVED.test(head)) stem = `${stem}-draft`;
  return stem;
}

/** A new submission's file name: the organization and the session. */
export function draftFileName(organization: string, session: number): string {
  return `${safeFileStem(organization)}-CSTD-${session}.wsis.md`;
}

/**
 * This year's draft's name from last year's document's name: a session in it (`CSTD-29`,
 * `CSTD29`, `cstd_29`) becomes `session`; otherwise `-CSTD-N` is added.
 */
export function rolledDraftName(stem: string, session: number): string {
  const safe = safeFileStem(stem);
  const withSession = /(cstd[-_ ]?)\d{1,3}(?!\d)/i;
  return `${withSession.test(safe) ? safe.replace(withSession, `$1${session}`) : `${safe}-CSTD-${session}`}.wsis.md`;
}

/** `name`, or `NAME-2.wsis.md`, `NAME-3.wsis.md` ... : the first that `taken` says is free (at most 999 tries). */
export function freeFileName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  const m = /^(.*?)((?:\.wsis)?\.md)$/i.exec(name);
  const stem = m !== null ? m[1] : name;
  const ext = m !== null ? m[2] : '';
  for (let i = 2; i < 1000; i++) {
    const candidate = `${stem}-${i}${ext}`;
    if (!taken(candidate)) return candidate;
  }
  return `${stem}-${Date.now()}${ext}`;
}
