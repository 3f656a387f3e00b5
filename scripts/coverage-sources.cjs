// Preloaded (node --require) by `npm run coverage` into every process the tests start: saves the
// JavaScript that tsx compiled each project source to, beside Node's coverage files, as
// monocart-coverage-reports' own register hook does for ES modules (a source-<sha1>.json of
// { url, source }). V8 counts coverage in that JavaScript; without it monocart maps only whole
// functions back to the TypeScript, and loses every branch not taken inside a function that ran.
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const dir = process.env.NODE_V8_COVERAGE;
const root = join(__dirname, '..');
const sources = [join(root, 'server', 'src'), join(root, 'client', 'src')];
if (dir) {
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (typeof content === 'string' && sources.some((s) => filename.startsWith(s))) {
      try {
        const url = pathToFileURL(filename).href;
        const file = join(dir, `source-${createHash('sha1').update(url + content).digest('hex')}.json`);
        mkdirSync(dir, { recursive: true });
        if (!existsSync(file)) writeFileSync(file, JSON.stringify({ url, source: content }));
      } catch {
        // coverage only: never fail a test over it
      }
    }
    return compile.call(this, content, filename);
  };
}
