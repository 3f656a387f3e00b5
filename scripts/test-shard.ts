// One test process of scripts/run-tests.ts: loads each test file given, in order, in this one
// process; Node's test runner then runs their tests one after another and reports them (the
// reporters are chosen by run-tests.ts), and sets the exit code if any failed.
// Usage: node --import tsx scripts/test-shard.ts FILE...
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

void (async () => {
  for (const file of process.argv.slice(2)) await import(pathToFileURL(resolve(file)).href);
})();
