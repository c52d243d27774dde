/**
 * node:test reporter that counts tests (not suites) and writes one line:
 * `{"passed":N,"failed":N,"skipped":N}`. tests/e2e/run.ts reads it for the
 * final `N passed, N failed` line and for `.ci/run`'s totals.
 */
export default async function* totals(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
