import { describe, expect, it } from 'vitest';
import { buildReport as reportFacts } from '../../src/domain/report.js';
import type { Entry } from '../../src/domain/types.js';
import { recoverySection } from '../../src/ui/report-recovery.js';
import { reportWords } from '../../src/ui/messages-notes.js';

// The report as it is printed: the domain's facts in ui's words.
const buildReport = (...args: Parameters<typeof reportFacts>) => reportWords(reportFacts(...args));

let n = 0;
const trigger = (date: string, strength = 5): Entry => ({ id: `t${++n}`, kind: 'trigger', date, createdAt: `${date}T12:00:00Z`, strength });
const many = (date: string, k: number) => Array.from({ length: k }, () => trigger(date));

describe('the report section after an affair', () => {
  it('draws a week as a count a day, · for none and + past nine, with the weekday axis', () => {
    const r = buildReport([...many('2026-11-16', 2), ...many('2026-11-18', 12)], { from: '2026-11-16', to: '2026-11-22' });
    const s = recoverySection(r);
    expect(s?.strip).toEqual(['2·+····']);
    expect(s?.axis).toBe('MTWTFSS');
    expect(s?.bars).toHaveLength(7);
    expect(s?.sentences[0]).toBe('14 triggers, 5/10 on average.');
    expect(r.headline).toBe('You noted 14 triggers this week.');
  });

  it('draws a long period as weeks, without an axis', () => {
    const r = buildReport([...many('2026-09-01', 6), ...many('2026-10-20', 1)], { from: '2026-09-01', to: '2026-11-29' });
    const s = recoverySection(r);
    expect(s?.strip).toHaveLength(1);
    expect(s?.strip[0]).toHaveLength(13);
    expect(s?.axis).toBeNull();
    expect(s?.bars.map((b) => b.count)).toEqual([6, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it.each([
    ['nothing at all', []],
    ['only a log', [{ id: 'l', kind: 'log', date: '2026-11-17', createdAt: 'x', checklist: ['repair'] } as Entry]],
  ])('is left out for %s', (_, entries) => {
    expect(recoverySection(buildReport(entries, { from: '2026-11-16', to: '2026-11-22' }))).toBeNull();
  });

  it('still shows when the triggers of four weeks ago are gone this week', () => {
    const s = recoverySection(buildReport(many('2026-10-19', 3), { from: '2026-11-16', to: '2026-11-22' }));
    expect(s?.sentences.slice(0, 2)).toEqual(['No triggers noted.', 'None noted, where there were some four weeks ago.']);
    expect(s?.strip).toEqual([]);
  });
});
