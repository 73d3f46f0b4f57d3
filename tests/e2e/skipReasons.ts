import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why each skipped test was skipped, so a skip is never silent in CI logs. */
export default class SkipReasons implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reasons = test.annotations.filter((a) => a.type === 'skip').map((a) => a.description ?? '(no reason given)');
    console.log(`skipped: ${test.titlePath().slice(1).join(' › ')}: ${reasons.join('; ') || '(no reason given)'}`);
  }
}
