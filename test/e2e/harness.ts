// End-to-end harness: a real VS Code for the Web (code-server, installed by
// scripts/e2e/setup.sh into .e2e-cache/) driven in Debian's headless Chromium with
// playwright-core. Everything listens on 127.0.0.1 only; every process it starts is
// registered and stopped (process groups) by stopAll(), on exit, and on SIGINT/SIGTERM; a
// supervisor stops code-server even if the test process is killed outright.
//
// Typical use (see smoke.e2e.ts, which proves every helper here with a throwaway extension):
//   const server = await startCodeServer({ workspace, vsix: [file] });
//   const { page } = await openWorkbench(server, { file: join(workspace, 'a.wsis.md') });
//   const problem = await waitForProblem(page, 'text of the diagnostic');
//   await screenshot(page, 'name');          // -> test-results/e2e/name.png
//   await stopAll();                          // in after()
//
// The helpers live in small modules under automation/, named for what they drive (as in VS Code's
// own test/automation); this file re-exports them all, so tests import from './harness':
//   automation/processes.ts   stopAll, runToEnd, tempFolder (process groups, signals)
//   automation/wait.ts        pollUntil
//   automation/code-server.ts startCodeServer, installExtension, openInConnectedWindow, freePort
//   automation/browser.ts     launchBrowser, chromiumPath
//   automation/workbench.ts   openWorkbench, workbenchUrl, remoteUri, runCommand, escape, reloadWindow
//   automation/editor.ts      openFile, gotoLine, typeText, visibleEditorLines, waitForEditorLines,
//                             activeEditorDirty, saveActiveEditor, statusBarCursor, languageMode
//   automation/problems.ts    readProblems, waitForProblem, waitForNoProblem, problemCounts, filterProblems
//   automation/outline.ts     readOutline, waitForOutline
//   automation/language-features.ts  hoverAt, quickFixTitles, applyQuickFix, inspectTokenAt,
//                             triggerSuggest, acceptSuggestion
//   automation/files.ts       waitForFile, waitForFileWatcher, updateWorkspaceSettings, updateUserSettings
//   automation/screenshots.ts screenshot, withFailureScreenshot
//   automation/packaging.ts   packageVsix
//   automation/coverage.ts    E2E_COVERAGE: V8 coverage of code-server's processes (used by code-server.ts)
// For a server used by hand (scripts/try.ts): a fixed `port`, `exited`, openInConnectedWindow
// (files into the browser window that connects).
//
// Learnt here (each one cost a failing run):
// - The file URI in the URL payload needs the remote authority (127.0.0.1:PORT): with
//   `vscode-remote:///path` the editor shows a model the extension host does not edit.
// - VS Code for the Web auto-saves after 1 s by default; DEFAULT_SETTINGS turns it off.
// - tsx compiles page.evaluate() callbacks with `__name(...)` wrappers; the page gets a
//   stub (addInitScript) or they throw "__name is not defined".
// - Changes on disk made before the server's file watcher is up are lost: waitForFileWatcher.
// - Changes to the user settings file are not picked up live: reload, or use workspace settings.
// - Monaco and the Problems/Outline trees render only the rows in view.
// - Focus the editor from the keyboard (Ctrl+1), not by a click or a DOM focus(): see focusEditor.
// - `extensionDevelopmentPath` and `extensionTestsPath` in the URL payload (remoteUri) make the
//   server's extension host load an extension from a folder and run a tests module's run();
//   the workbench then calls window.codeAutomationExit(code, logs) (see api.e2e.ts).
//
// The recipe behind it: shared/notes/vscode-web-e2e.md.
export * from './automation/paths';
export * from './automation/wait';
export * from './automation/processes';
export * from './automation/code-server';
export * from './automation/browser';
export * from './automation/workbench';
export * from './automation/screenshots';
export * from './automation/editor';
export * from './automation/problems';
export * from './automation/outline';
export * from './automation/preview';
export * from './automation/language-features';
export * from './automation/files';
export * from './automation/packaging';
