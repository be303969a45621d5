// Prints how the end-to-end journeys went in each engine, from Playwright's JSON report.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const engineOf = { webkit: 'WebKit', firefox: 'Firefox' };
const counts = {};
const walk = (suite) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      const engine = engineOf[test.projectName] ?? 'Chromium';
      counts[engine] ??= { passed: 0, failed: 0, skipped: 0 };
      const outcome = test.status === 'expected' ? 'passed' : test.status === 'skipped' ? 'skipped' : 'failed';
      counts[engine][outcome]++;
    }
  }
  for (const inner of suite.suites ?? []) walk(inner);
};
for (const suite of report.suites) walk(suite);
for (const [engine, c] of Object.entries(counts)) {
  console.log(`end-to-end in ${engine}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}
const s = report.stats;
console.log(`end-to-end: ${s.expected} passed, ${s.unexpected + s.flaky} failed, ${s.skipped} skipped`);
