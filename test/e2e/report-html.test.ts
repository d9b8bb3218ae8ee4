// The HTML report in a real browser: headless Chromium loads the file the
// binary wrote, renders it to a PNG, and dumps the DOM it built.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempJournal, trust } from '../helpers/cli.js';
import { countNear, readPng } from '../helpers/png.js';

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
    const page = await weekPage();
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

  /** The fixture's busiest week as the page a person keeps. */
  async function weekPage(): Promise<string> {
    const { file } = tempJournal();
    copyFileSync(join(import.meta.dirname, '../fixtures/report-weeks.json'), file);
    const r = await trust(['--file', file, 'report', '--week', '2026-10-28', '--format', 'html']);
    expect(r.code).toBe(0);
    const page = join(scratch, 'week.html');
    writeFileSync(page, r.stdout);
    return page;
  }

  function screenshot(page: string, name: string, size: string, flags: string[] = []) {
    const png = join(scratch, `${name}.png`);
    const shot = browse([`--screenshot=${png}`, `--window-size=${size}`, ...flags], page);
    expect(existsSync(png), shot.stderr).toBe(true);
    return readPng(readFileSync(png));
  }

  // The themes' own colours (report-html.ts): the page, the "after" bars, the ink of the words.
  const LIGHT = { paper: [0xfb, 0xf8, 0xf3], after: [0x2f, 0x7f, 0x78], ink: [0x2b, 0x2a, 0x28] } as const;
  const DARK = { paper: [0x1b, 0x19, 0x17], after: [0x5d, 0xbc, 0xb1], ink: [0xeb, 0xe6, 0xdd] } as const;

  it.each([
    ['light', [], LIGHT, DARK],
    ['dark', ['--force-dark-mode'], DARK, LIGHT],
  ] as const)('in the %s theme the page, the chart bars and the words show in its colours', { timeout: 180_000 }, async (name, flags, theme, other) => {
    const px = screenshot(await weekPage(), name, '1000,2400', [...flags]);
    expect([px.width, px.height]).toEqual([1000, 2400]);
    expect(countNear(px, theme.paper, 3, 4)).toBeGreaterThan(30_000);
    expect(countNear(px, other.paper, 3, 4)).toBe(0);
    // Bars and day squares in the theme's "after" colour; text in its ink (labels that vanished would leave none).
    expect(countNear(px, theme.after, 10, 1)).toBeGreaterThan(2_000);
    expect(countNear(px, theme.ink, 40, 1)).toBeGreaterThan(5_000);
  });

  it('fits a phone: at 375 pixels the charts shrink to the width and the bars still show', { timeout: 180_000 }, async () => {
    const px = screenshot(await weekPage(), 'phone', '375,4200', ['--hide-scrollbars']);
    expect(px.width).toBe(375);
    expect(countNear(px, LIGHT.after, 10, 1)).toBeGreaterThan(1_000);
    // Nothing runs off the right-hand side: the last columns, inside the page's margin, are the page itself.
    const edge = Array.from({ length: Math.floor(px.height / 25) }, (_, i) => px.at(px.width - 6, i * 25));
    expect(edge.filter(([r, g, b]) => Math.abs(r - LIGHT.paper[0]) + Math.abs(g - LIGHT.paper[1]) + Math.abs(b - LIGHT.paper[2]) > 9)).toEqual([]);
  });

  it('prints a week on at most two A4 pages', { timeout: 180_000 }, async () => {
    const pdf = join(scratch, 'week.pdf');
    const run = browse([`--print-to-pdf=${pdf}`, '--no-pdf-header-footer'], await weekPage());
    expect(existsSync(pdf), run.stderr).toBe(true);
    const text = readFileSync(pdf, 'latin1');
    const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    if (info.status === 0) {
      expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBe(pages);
      expect(info.stdout).toMatch(/A4/);
    }
  });
});
