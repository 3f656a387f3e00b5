#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled into dist/cli.js by `npm ci` (prepare) or `npm run build`.
const path = require('path');
const fs = require('fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('wsis-lint: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
require(cli).main();
