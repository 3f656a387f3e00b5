// A reporter for Node's test runner (scripts/run-tests.ts gives it beside the spec reporter): the
// milliseconds each test file's tests took, as JSON `{ "/abs/path.test.ts": 1234.5 }`, for the next
// run to deal the files evenly to its processes.
import type { TestEvent } from 'node:test/reporters';

export default async function* durations(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const perFile: Record<string, number> = {};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { nesting, file, details } = event.data;
    if (nesting !== 0 || file === undefined) continue;
    perFile[file] = (perFile[file] ?? 0) + details.duration_ms;
  }
  yield `${JSON.stringify(perFile)}\n`;
}
