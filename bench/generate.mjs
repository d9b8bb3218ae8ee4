#!/usr/bin/env node
// Writes a generated journal in the journal's own format (see generate.ts):
//   node bench/generate.mjs out.json                ten years of daily use
//   node bench/generate.mjs --entries 100000 out.json
//   node bench/generate.mjs --seed 7 --years 3 out.json
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { load } from './load.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { entries: { type: 'string' }, seed: { type: 'string' }, years: { type: 'string' }, end: { type: 'string' } },
});
const out = positionals[0];
if (!out) {
  console.error('usage: node bench/generate.mjs [--entries N] [--seed N] [--years N] [--end YYYY-MM-DD] <file>');
  process.exit(2);
}
const gen = await load('generate.ts');
const opts = {
  ...(values.seed && { seed: Number(values.seed) }),
  ...(values.years && { years: Number(values.years) }),
  ...(values.end && { end: values.end }),
};
const journal = values.entries ? gen.merged(Number(values.entries), opts) : gen.tenYears(opts);
writeFileSync(out, gen.serialize(journal), { mode: 0o600, flag: 'wx' });
console.log(`${out}: ${journal.entries.length} entries`);
