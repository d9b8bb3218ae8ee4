// The domain imports nothing above it: no words (ui/), no commands, no disk
// (storage/), no processes (system/), no CLI errors or wiring. It returns
// facts and typed problems; the layers above say and do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = join(import.meta.dirname, '../../src/domain');
const ABOVE = /^\.\.\/(ui|commands|storage|system|errors|context|cli|main|stdio)(\/|\.js$)/;

/** Every module a file imports or re-exports, static or dynamic. */
function importsOf(source: string): string[] {
  const found = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)];
  return found.map((m) => m[1] ?? '');
}

describe('src/domain', () => {
  const files = readdirSync(DOMAIN).filter((f) => f.endsWith('.ts'));

  it('has files to check', () => expect(files.length).toBeGreaterThan(10));

  it.each(files)('%s imports nothing above the domain', (file) => {
    const upward = importsOf(readFileSync(join(DOMAIN, file), 'utf8')).filter((m) => ABOVE.test(m));
    expect(upward).toEqual([]);
  });

  it.each([
    ["import { say } from '../ui/messages.js';", ['../ui/messages.js']],
    ["import type { Store } from '../storage/journal.js';", ['../storage/journal.js']],
    ["const m = await import('../commands/log.js');", ['../commands/log.js']],
    ["export { x } from '../errors.js';", ['../errors.js']],
    ["import data from '../../data/catalog.json';", []],
    ["import { addDays } from './dates.js';", []],
  ])('the check itself sees %s', (source, want) => {
    expect(importsOf(source).filter((m) => ABOVE.test(m))).toEqual(want);
  });
});
