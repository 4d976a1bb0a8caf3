// Ends every test run with the plain line `N passed, N failed` that a person or a CI log reader looks for.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests ? `, ${results.numPendingTests} skipped` : '';
    const suitesFailed =
      results.numFailedTestSuites && !results.numFailedTests
        ? ` (${results.numFailedTestSuites} suites failed to run)`
        : '';
    process.stdout.write(
      `\n${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped}${suitesFailed}\n`,
    );
  }
}
module.exports = SummaryReporter;
