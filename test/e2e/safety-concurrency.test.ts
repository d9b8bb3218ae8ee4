// Several real `trust` processes writing to one journal at once, and writers
// killed with -9 at random moments: no entry that was reported saved may go
// missing, and the file must always read and validate.
import { existsSync, readdirSync, readFileSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJournal } from '../../src/storage/schema.js';
import { start, tempJournal, trust, UUID } from '../helpers/cli.js';

/** Parses and validates the journal the way trust does; throws if it cannot. */
function load(file: string) {
  return toJournal(JSON.parse(readFileSync(file, 'utf8')), file);
}

const gratitudeOf = (file: string) => load(file).entries.map((e) => ('gratitude' in e ? e.gratitude?.[0] : undefined));

/** Lock and temp files left in the journal's folder. */
const debris = (file: string) => readdirSync(dirname(file)).filter((n) => n.endsWith('.lock') || n.endsWith('.tmp') || n.endsWith('.break'));

describe('concurrent writers', () => {
  it('4 processes × 15 concurrent writes keep all 60 entries', async () => {
    const { file } = tempJournal();
    const lane = async (l: number) => {
      const codes: (number | null)[] = [];
      for (let i = 0; i < 15; i++) codes.push((await trust(['log', '--file', file, '--checklist', 'check-in', '--gratitude', `lane${l}-${i}`])).code);
      return codes;
    };
    const codes = (await Promise.all([0, 1, 2, 3].map(lane))).flat();
    expect(codes.filter((c) => c !== 0)).toEqual([]);
    const notes = gratitudeOf(file);
    expect(notes).toHaveLength(60);
    expect(new Set(notes).size).toBe(60);
    expect(debris(file)).toEqual([]);
    for (let n = 1; n <= 3; n++) expect(load(`${file}.bak${n}`).entries).toHaveLength(60 - n);
  });
});

const writer = (file: string, tag: string) => ({
  tag,
  ...start(['log', '--file', file, '--checklist', 'repair', '--gratitude', tag], { env: { HOME: dirname(file) } }),
});

describe('writers killed with -9', () => {
  it('never leave an unreadable or stuck journal, nor lose an entry reported saved', async () => {
    const { file } = tempJournal();
    expect((await trust(['log', '--file', file, '--checklist', 'privacy', '--gratitude', 'first'])).code).toBe(0);
    const saved = new Set(['first']);
    const spawned = new Set(['first']);
    let killed = 0;

    for (let round = 0; round < 6; round++) {
      const writers = [0, 1, 2, 3].map((w) => writer(file, `r${round}w${w}`));
      writers.forEach((w) => spawned.add(w.tag));
      const byPid = new Map(writers.map((w) => [w.child.pid, w]));
      // Half the rounds kill whoever takes the lock, the moment it appears
      // (mid-save); the others kill at random moments of a run.
      const watcher = watch(dirname(file), (_event, name) => {
        if (round % 2 === 1 || name !== `${basename(file)}.lock`) return;
        try {
          const pid = (JSON.parse(readFileSync(`${file}.lock`, 'utf8')) as { pid: number }).pid;
          const w = byPid.get(pid);
          if (w && w.child.exitCode === null && Math.random() < 0.7) w.child.kill('SIGKILL');
        } catch {
          // the lock went away again before we looked
        }
      });
      if (round % 2 === 1) {
        for (const w of writers) setTimeout(() => w.child.kill('SIGKILL'), Math.random() * 400);
      }
      const runs = await Promise.all(writers.map((w) => w.done));
      watcher.close();
      runs.forEach((r, i) => {
        if (r.code === 0) {
          expect(r.stdout.trim()).toMatch(UUID);
          saved.add(writers[i]!.tag);
        } else {
          killed++;
        }
      });

      // The file reads and validates, holds every entry reported saved, and nothing invented.
      const notes = new Set(gratitudeOf(file));
      for (const tag of saved) expect(notes.has(tag), `entry ${tag} was reported saved`).toBe(true);
      for (const note of notes) expect(spawned.has(note as string)).toBe(true);

      // A new write goes through at once: a dead writer's lock never holds it up.
      const next = await trust(['log', '--file', file, '--checklist', 'privacy', '--gratitude', `after${round}`]);
      expect(next.stderr).toBe('');
      expect(next.code).toBe(0);
      saved.add(`after${round}`);
      spawned.add(`after${round}`);
      // ...and tidies what the killed ones left.
      expect(debris(file)).toEqual([]);
    }
    expect(killed).toBeGreaterThan(0);
    for (let n = 1; n <= 3; n++) if (existsSync(`${file}.bak${n}`)) load(`${file}.bak${n}`);
  });
});
