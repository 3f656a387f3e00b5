// How scripts/run-tests.ts deals the test files to its processes (apart, so that a test can load it).

/** Deals the files to `count` processes, the longest first to the least loaded (the LPT rule). */
export function deal(files: readonly string[], durations: Readonly<Record<string, number>>, count: number): string[][] {
  const known = files.map((f) => durations[f]).filter((d): d is number => typeof d === 'number' && d >= 0);
  const average = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const weight = (f: string): number => durations[f] ?? average;
  const shards = Array.from({ length: Math.max(1, Math.min(count, files.length)) }, () => ({ load: 0, files: [] as string[] }));
  for (const file of [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const shard = shards.reduce((least, s) => (s.load < least.load ? s : least));
    shard.load += weight(file);
    shard.files.push(file);
  }
  return shards.map((s) => s.files);
}
