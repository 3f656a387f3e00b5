import * as vscode from 'vscode';

const ASKED = 'wsis.languageSettingsMigration.asked';
const MOVE = 'Move them to [markdown]';
const KEEP = 'Keep drafts in the WSIS language';

/**
 * Drafts (`*.wsis.md`) are Markdown documents since 0.2 (they were of the language `wsis`), so a
 * user's `"[wsis]": {...}` settings no longer reach them. Once, when such settings exist, this
 * offers to move them to `[markdown]` (keys already set there win), or to keep drafts in the
 * `wsis` language (`files.associations`), where they apply as before. Nothing is changed
 * without the user's choice; the question is not asked again.
 */
export async function offerLanguageSettingsMigration(state: vscode.Memento): Promise<void> {
  if (state.get<boolean>(ASKED) === true) return;
  const config = vscode.workspace.getConfiguration();
  if (Object.values(config.get<Record<string, string>>('files.associations') ?? {}).includes('wsis')) return;
  const inspected = config.inspect<Record<string, unknown>>('[wsis]');
  const targets = [
    { target: vscode.ConfigurationTarget.Global, value: inspected?.globalValue },
    { target: vscode.ConfigurationTarget.Workspace, value: inspected?.workspaceValue },
  ].filter((t): t is { target: vscode.ConfigurationTarget; value: Record<string, unknown> } => isSettings(t.value) && Object.keys(t.value).length > 0);
  if (targets.length === 0) return;
  const keys = [...new Set(targets.flatMap((t) => Object.keys(t.value)))].join(', ');
  await state.update(ASKED, true);
  const choice = await vscode.window.showInformationMessage(
    `WSIS drafts (*.wsis.md) are now Markdown documents, so spell checkers and other Markdown extensions work on them. Your "[wsis]" settings (${keys}) no longer apply to them.`,
    MOVE,
    KEEP,
  );
  if (choice === MOVE) {
    const markdown = config.inspect<Record<string, unknown>>('[markdown]');
    for (const { target, value } of targets) {
      const existing = target === vscode.ConfigurationTarget.Global ? markdown?.globalValue : markdown?.workspaceValue;
      await config.update('[markdown]', { ...value, ...(isSettings(existing) ? existing : {}) }, target);
      await config.update('[wsis]', undefined, target);
    }
  } else if (choice === KEEP) {
    const associations = config.inspect<Record<string, string>>('files.associations');
    await config.update('files.associations', { ...(associations?.globalValue ?? {}), '*.wsis.md': 'wsis' }, vscode.ConfigurationTarget.Global);
  }
}

function isSettings(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
