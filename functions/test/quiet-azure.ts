// Outside the Functions worker, @azure/functions says on load that it runs in "test mode", skips registrations and
// enables streaming; all expected in tests (handlers are called directly), so keep those lines out of the output.
const NOISE = /test mode|HTTP streaming enabled/;
for (const level of ['warn', 'debug'] as const) {
  const write = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (NOISE.test(String(args[0]))) return;
    write(...args);
  };
}
export {};
