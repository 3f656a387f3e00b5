// Answers `/// <reference types="node" />` in dependencies' declarations in the browser and engine
// type-checks (tsconfig.web.json, server/src/engine/tsconfig.json) with nothing, so that Node's
// globals and built-in modules stay unknown there. Not @types/node: keep it empty.
export {};
