// npm run page-weight: the gzipped weight of every page in dist/ against its budget
// (scripts/lib/quality/budgets.ts). Exits 1 when a page is over budget or ships JavaScript
// it may not. Honours UNION_DIST_DIR and UNION_BASE_PATH like the build.
import { resolve } from 'node:path';
import { budgetFor, checkBudgets, measurePageWeights } from './lib/quality/page-weight.ts';
import { formatProblems } from './lib/quality/problem.ts';
import { basePathOrExit } from '../src/build/build-options.ts';

const root = resolve(process.env.UNION_DIST_DIR || 'dist');
const base = basePathOrExit();
const weights = measurePageWeights(root, base);
const pad = (v: string | number, width: number) => String(v).padStart(width);
console.log(
  `${'page'.padEnd(36)}${pad('html', 8)}${pad('css', 8)}${pad('js', 8)}${pad('img', 8)}${pad('total', 9)}${pad('budget', 9)}${pad('on click', 10)}`,
);
for (const w of weights)
  console.log(
    `${(w.page || '(home)').padEnd(36)}${pad(w.html, 8)}${pad(w.css, 8)}${pad(w.js, 8)}${pad(w.images + w.fonts + w.other, 8)}${pad(w.total, 9)}${pad(budgetFor(w.page).totalBytes, 9)}${pad(w.onDemand || '', 10)}`,
  );
const problems = checkBudgets(weights);
for (const line of formatProblems(problems)) console.error(line);
process.exit(problems.length ? 1 : 0);
