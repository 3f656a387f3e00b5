/**
 * What to offer once an export is written, where the extension runs (no `vscode` import, so the
 * choice is unit-tested): revealing a file in the operating system's file manager works only on
 * the desktop with a local file (`revealFileInOS` does not exist in VS Code for the Web and fails
 * in a remote window); everywhere the file can be shown in the Explorer, and in the browser and in
 * remote windows, where the file is not on the user's machine, downloaded.
 */
export type ExportAction = 'Reveal' | 'Show in Explorer' | 'Download';

export interface ExportPlace {
  /** vscode.env.uiKind === UIKind.Web */
  web: boolean;
  /** vscode.env.remoteName (undefined in a local window). */
  remoteName: string | undefined;
  /** The written file's URI scheme. */
  scheme: string;
}

export function exportActions(place: ExportPlace): ExportAction[] {
  if (!place.web && place.remoteName === undefined && place.scheme === 'file') return ['Reveal', 'Show in Explorer'];
  return ['Show in Explorer', 'Download'];
}

/** The commands each action runs, on the written file's URI (`explorer.download` downloads what the Explorer has selected). */
export const ACTION_COMMANDS: Record<ExportAction, readonly string[]> = {
  'Reveal': ['revealFileInOS'],
  'Show in Explorer': ['revealInExplorer'],
  Download: ['revealInExplorer', 'explorer.download'],
};
