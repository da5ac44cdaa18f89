// The size budgets by part: content (text, and the journey's and services' data) may grow with
// the guidance within its headroom, while the widget's own code may not grow past its budget;
// and today's build is within every budget.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { partSizes } from './bundle-parts.mjs';
import { overBudget, PART_BUDGETS } from './size.mjs';

const within = Object.fromEntries(Object.entries(PART_BUDGETS).map(([part, budget]) => [part, budget - 100]));

test('more guidance (text in both languages, and the data of its outcomes), within the headroom, passes', () => {
  const grown = { welsh: PART_BUDGETS.welsh, english: PART_BUDGETS.english, data: PART_BUDGETS.data };
  assert.deepEqual(overBudget({ ...within, ...grown }), []);
});

test('the widget’s own code one byte over its budget fails, naming the part', () => {
  const over = overBudget({ ...within, widget: PART_BUDGETS.widget + 1 });
  assert.equal(over.length, 1);
  assert.match(over[0], /the widget’s own code.*\(1 bytes over\)/);
});

test(
  'the built bundle’s parts are measured and within their budgets',
  { skip: !existsSync('dist/help-finder.js') },
  () => {
    const sizes = partSizes(
      readFileSync('dist/help-finder.js', 'utf8'),
      JSON.parse(readFileSync('dist/help-finder.js.map', 'utf8')),
    );
    for (const part of Object.keys(PART_BUDGETS)) assert.ok(sizes[part] > 1000, `${part}: ${sizes[part]} bytes`);
    assert.deepEqual(overBudget(sizes), []);
  },
);
