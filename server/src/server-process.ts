/**
 * The Node options the language server process runs with: the VS Code client passes them
 * (client/src/extension.ts) and the benchmark spawns `node <these> dist/server.js --stdio`
 * with them (bench/lsp-client.ts), so the bench measures the process users get.
 *
 * `--max-semi-space-size=4`: V8's young generation grows to 16 MB semi-spaces (32 MB in all)
 * by default, as each check allocates a burst of short-lived objects; with 4 MB ones the server
 * peaks at about 84 MB instead of 105 MB with the 40 KB bench draft open, and about 20-40 MB
 * lower with the 1 MB and 10 MB drafts, with no measurable change in edit-to-diagnostics time.
 *
 * `--heap-growing-percent=200`: after a full collection V8 lets the old generation grow to a
 * fixed 3x what survived before the next one, instead of up to 4x by default. With the 1 MB
 * draft about 13 MB survive and each edit leaves about 7 MB of old-generation garbage (the
 * previous text, 2 MB, its model and the check's objects), so the peak is mostly that garbage:
 * 137-145 -> 117-128 MB (10 MB draft about 475 -> 366-477 MB, 40 KB draft 90-94 -> 85-88 MB).
 * On a quiet machine edit-to-diagnostics time is unchanged (bench, 1 MB draft, three
 * interleaved runs each: p50 15.4 -> 15.1 ms, p95 24.7 -> 24.2 ms); with the second core busy
 * the extra collections cost 1-3 ms per edit. It caps nothing, unlike --max-old-space-size.
 * Lower values collect more often and cost latency in a burst of edits: 100 (2x) peaks at
 * 104-112 MB with p50 and p95 2-3 ms higher. Forcing collections between checks
 * (`--expose-gc`) costs more: one takes 8-13 ms, and even run in a pause between edits it made
 * the following edits 2-5 ms slower.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=200'];
