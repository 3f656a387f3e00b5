import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { toBase64 } from '../../server/src/base64';
import { MAX_DRAFT_BYTES } from '../../server/src/engine/client-api';
import { FindFilesRequest, ReadFileRequest, type FindFilesParams, type ReadFileParams, type ReadFileResult } from '../../server/src/protocol';

/**
 * The client's answers to the server's file requests: how the browser server (no file system)
 * reads `.wsisrc.json` and the workspace's drafts, and how the Node server reads them in a virtual
 * workspace. Only what the server asks for is read: a configuration or a Markdown file, a regular
 * file, within the size it names (and never past MAX_DRAFT_BYTES), inside a workspace folder.
 */
const READABLE = /(?:^|\/)(?:\.wsisrc\.json|[^/]*\.md)$/i;

async function readForServer(params: ReadFileParams): Promise<ReadFileResult> {
  if (typeof params?.uri !== 'string' || typeof params.maxBytes !== 'number') return null;
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(params.uri, true);
  } catch {
    return null;
  }
  if (!READABLE.test(uri.path) || vscode.workspace.getWorkspaceFolder(uri) === undefined) return null;
  const max = Math.min(params.maxBytes, MAX_DRAFT_BYTES);
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return null;
  }
  if ((stat.type & vscode.FileType.File) === 0) return null;
  if (stat.size > max) return { tooLarge: stat.size };
  const bytes = await vscode.workspace.fs.readFile(uri);
  // It may have grown since the stat.
  return bytes.length > max ? { tooLarge: bytes.length } : { data: toBase64(bytes) };
}

async function findForServer(params: FindFilesParams, token: vscode.CancellationToken): Promise<string[]> {
  if (typeof params?.folder !== 'string') return [];
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(params.folder, true));
  if (folder === undefined) return [];
  const limit = Math.max(0, Math.min(params.limit, 50_000));
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.md'), '**/{node_modules,.git}/**', limit, token);
  return found.map((u) => u.toString());
}

export function registerClientFiles(client: BaseLanguageClient): vscode.Disposable[] {
  return [client.onRequest(ReadFileRequest, readForServer), client.onRequest(FindFilesRequest, findForServer)];
}
