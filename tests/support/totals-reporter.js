/**
 * When NEWSROOM_TEST_TOTALS names a file, appends this run's totals to it as one
 * JSON line, so `.ci/run` can print one `N passed, N failed` line for all suites.
 */
const fs = require('fs');

class TotalsReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.NEWSROOM_TEST_TOTALS;
    if (!file) return;
    const line = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

module.exports = TotalsReporter;
