// One test process of scripts/run-tests.ts: loads each test file given, in order, in this one
// process; Node's test runner then runs their tests one after another and reports them (the
// reporters are chosen by run-tests.ts), and sets the exit code if any failed.
// Usage: node --import tsx scripts/test-shard.ts FILE...
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

void (async () => {
  for (const file of process.argv.slice(2)) {
    try {
      await import(pathToFileURL(resolve(file)).href);
    } catch (error) {
      // A file that cannot be loaded fails the run, and the other files still run.
      console.error(`✖ ${file} could not be loaded:`, error);
      process.exitCode = 1;
    }
  }
})();
