// Fails the run when any test is skipped or left as todo: a skipped test checks nothing.
class NoSkipReporter {
  constructor() {
    this.error = undefined;
  }
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    if (skipped > 0) {
      this.error = new Error(`${skipped} test(s) skipped or todo — every test must run.`);
      process.stderr.write(`\n${this.error.message}\n`);
    }
  }
  getLastError() {
    return this.error;
  }
}
module.exports = NoSkipReporter;
