/**
 * The Node options the language server process runs with: the VS Code client passes them
 * (client/src/extension.ts) and the benchmark spawns `node <these> dist/server.js --stdio`
 * with them (bench/lsp-client.ts), so the bench measures the process users get.
 *
 * `--max-semi-space-size=4`: V8's young generation grows to 16 MB semi-spaces (32 MB in all)
 * by default, as each check allocates a burst of short-lived objects; with 4 MB ones the server
 * peaks at about 84 MB instead of 105 MB with the 40 KB bench draft open, and about 20-40 MB
 * lower with the 1 MB and 10 MB drafts, with no measurable change in edit-to-diagnostics time.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];
