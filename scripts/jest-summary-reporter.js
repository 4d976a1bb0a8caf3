// Ends every test run with the plain line `N passed, N failed` that a person or a CI log reader looks for.
// Jest prints its own summary after all reporters' onRunComplete, so the line is written as the process exits.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests ? `, ${results.numPendingTests} skipped` : '';
    const broken = results.numRuntimeErrorTestSuites
      ? ` (${results.numRuntimeErrorTestSuites} test files failed to run)`
      : '';
    const line = `\n${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped}${broken}\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
module.exports = SummaryReporter;
