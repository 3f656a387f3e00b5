/**
 * The WSIS language server's Node entry point (bundled to dist/server.js). VS Code's client
 * starts it over IPC (`--node-ipc`); other editors and the protocol tests run
 * `node dist/server.js --stdio`. The browser entry is server/src/browser/main.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { parseLogLevel } from '../lsp/logger';
import { startServer } from '../lsp/wsis-server';
import { nodeHost } from './host';

const TRANSPORT = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+)$/;

if (!process.argv.slice(2).some((a) => TRANSPORT.test(a))) {
  process.stderr.write('Usage: node dist/server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n\nThe WSIS submission checker\'s language server; it speaks LSP over the given transport.\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
startServer(connection, nodeHost, { logLevel: parseLogLevel(process.env.WSIS_LOG_LEVEL) });

// A failure outside any handler is logged; the server keeps serving the other documents.
process.on('unhandledRejection', (reason) => connection.console.error(`[error] unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`));
process.on('uncaughtException', (error) => connection.console.error(`[error] uncaught exception: ${error.message}`));

connection.listen();
