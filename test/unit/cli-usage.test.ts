// `wsis-lint` asked for its usage or version, or given what it cannot do: what it prints, on which
// stream, and the exit code (0, or 2 for a usage error), without checking anything.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/main';

const root = join(import.meta.dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function cli(args: string[]): { code: number; out: string; err: string; stdinRead: boolean } {
  let out = '';
  let err = '';
  let stdinRead = false;
  const code = run(args, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    readStdin: () => {
      stdinRead = true;
      return '# a draft\n';
    },
  });
  return { code, out, err, stdinRead };
}

describe('wsis-lint usage', () => {
  it('prints the usage on standard output for --help and exits 0', () => {
    const r = cli(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^Usage: wsis-lint \[options\] PATH\.\.\.\n {7}wsis-lint export --docx\|--pdf/);
    assert.match(r.out, /Checks WSIS submission drafts \(Markdown\) against the CSTD report template\./);
    assert.equal(r.err, '');
  });

  it("prints the package's version for --version and exits 0", () => {
    const r = cli(['--version']);
    assert.deepEqual([r.code, r.out, r.err], [0, `${version}\n`, '']);
  });

  it('refuses --fix on standard input (it cannot rewrite it) before reading it, exit 2', () => {
    const r = cli(['--fix', '-']);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'wsis-lint: --fix cannot rewrite standard input; name the file instead.\n');
    assert.equal(r.out, '');
    assert.equal(r.stdinRead, false);
  });

  it('names an unknown option and points to --help, exit 2', () => {
    const r = cli(['--frobnicate', 'draft.wsis.md']);
    assert.equal(r.code, 2);
    assert.equal(r.err, "wsis-lint: Unknown option '--frobnicate'.\nRun 'wsis-lint --help' for usage.\n");
  });
});
