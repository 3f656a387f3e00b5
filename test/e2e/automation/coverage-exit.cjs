// Preloaded (NODE_OPTIONS --require) into code-server and every Node process it starts when the
// end-to-end tests collect coverage (E2E_COVERAGE): Node writes a process's coverage when it exits,
// not when a signal kills it, and the harness stops code-server's process group with SIGTERM. A
// process with no SIGTERM handler of its own exits on it instead, so its coverage is written.
'use strict';
process.on('SIGTERM', () => {
  if (process.listenerCount('SIGTERM') === 1) process.exit(143);
});
