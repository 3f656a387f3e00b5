// vscode-languageclient calls require('semver/functions/parse') itself as the function;
// esbuild.mjs puts this module in its place (see semver-lite.ts).
'use strict';
module.exports = require('./semver-lite').parse;
