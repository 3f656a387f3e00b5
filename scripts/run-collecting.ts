// Runs a program for a script of npm test (static-checks.ts, run-tests.ts): its standard output
// and error kept in one text (and passed to `live` as they come, if given), and how long it took.
import { spawn } from 'node:child_process';

export interface Collected {
  /** The exit code; 1 if the program could not be started or was killed by a signal. */
  code: number;
  output: string;
  seconds: number;
}

export function runCollecting(command: string, args: readonly string[], cwd: string, live?: (text: string) => void): Promise<Collected> {
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (d: Buffer): void => {
      output += d.toString();
      live?.(d.toString());
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (e) => resolve({ code: 1, output: `${output}${command} could not be started: ${e.message}\n`, seconds: seconds() }));
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: seconds() }));
  });
}
