// The HTML report in a real browser: headless Chromium loads the file the
// binary wrote, renders it to a PNG, and dumps the DOM it built.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempJournal, trust } from '../helpers/cli.js';

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const chromium = findChromium();
const scratch = mkdtempSync(join(tmpdir(), 'trust-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs headless Chromium on a page; a fresh profile each time, and no network. */
function browse(args: string[], page: string) {
  const profile = mkdtempSync(join(scratch, 'profile-'));
  const flags = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...args, pathToFileURL(page).href,
  ];
  return spawnSync(chromium ?? 'chromium', flags, { encoding: 'utf8', timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
}

describe.skipIf(!chromium)(`the HTML report in Chromium${chromium ? '' : ' (skipped: chromium is not installed; scripts/test-deps.sh installs it)'}`, () => {
  it('renders to a PNG and builds the charts', { timeout: 180_000 }, async () => {
    const { file } = tempJournal();
    copyFileSync(join(import.meta.dirname, '../fixtures/report-weeks.json'), file);
    const r = await trust(['--file', file, 'report', '--week', '2026-10-28', '--format', 'html']);
    expect(r.code).toBe(0);
    const page = join(scratch, 'report.html');
    writeFileSync(page, r.stdout);

    const png = join(scratch, 'report.png');
    const shot = browse([`--screenshot=${png}`, '--window-size=1000,2000'], page);
    expect(existsSync(png), shot.stderr).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a'); // PNG signature
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1000, 2000]); // IHDR width, height
    // A blank page compresses to a few kilobytes; text, tables and charts do not.
    expect(bytes.length).toBeGreaterThan(40_000);

    const dom = browse(['--dump-dom'], page);
    expect(dom.stdout).toContain('You feared the worst 3 times; it never happened in full, and partly once.');
    expect(dom.stdout.match(/<svg /g)?.length).toBeGreaterThanOrEqual(4);
    expect(dom.stdout).toMatch(/<rect[^>]*class="after"/);
  });
});
