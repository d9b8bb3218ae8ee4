// The help lines: the data file's shape and numbers, the lookup by country
// (filled in from the general list), and the profile fields it reads.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import data from '../../data/helplines.json';
import {
  addOwnHelplines, helplines, HelplinesSchema, LINE_KINDS, linesFor, safetyHelp, toCountry, toOwnHelpline,
} from '../../src/domain/helplines.js';

const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const contacts = (country: string | null) => linesFor(helplines, country).map((l) => `${l.for} ${l.contact}`);

describe('data/helplines.json', () => {
  it('has the shape the program relies on', () => {
    const parsed = v.safeParse(HelplinesSchema, data);
    expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toBeUndefined();
  });

  it('has one general line of each kind, and the emergency one says "your local emergency number"', () => {
    expect(helplines.general.map((l) => l.for)).toEqual([...LINE_KINDS]);
    expect(helplines.general[0]?.contact).toBe('your local emergency number');
  });

  it('gives every country an emergency number of its own', () => {
    for (const [code, lines] of Object.entries(helplines.countries)) {
      expect(lines.filter((l) => l.for === 'emergency'), code).toHaveLength(1);
    }
  });

  it.each(EU)('%s (EU) has 112', (code) => {
    expect(helplines.countries[code]?.find((l) => l.for === 'emergency')?.contact).toMatch(/\b112\b/);
  });
});

describe('linesFor', () => {
  const cases: [string | null, string[]][] = [
    ['US', ['emergency 911', 'crisis call or text 988', 'abuse 1-800-799-7233, or text START to 88788']],
    ['CA', ['emergency 911', 'crisis call or text 988', 'abuse findahelpline.com']],
    ['GB', ['emergency 999 or 112', 'crisis 116 123', 'abuse 0808 2000 247']],
    ['IE', ['emergency 112 or 999', 'crisis 116 123', 'abuse findahelpline.com']],
    ['AU', ['emergency 000', 'crisis 13 11 14', 'abuse 1800 737 732']],
    ['NZ', ['emergency 111', 'crisis findahelpline.com', 'abuse findahelpline.com']],
    ['FR', ['emergency 112', 'crisis findahelpline.com', 'abuse findahelpline.com']],
    ['JP', ['emergency your local emergency number', 'crisis findahelpline.com', 'abuse findahelpline.com']],
    [null, ['emergency your local emergency number', 'crisis findahelpline.com', 'abuse findahelpline.com']],
  ];
  it.each(cases)('%s', (country, expected) => expect(contacts(country)).toEqual(expected));
});

describe('safetyHelp reads what it can of a profile', () => {
  const own = { name: 'My sister', contact: '0400 123 456' };
  const cases: [string, unknown, { country: string | null; known: boolean; own: unknown[] }][] = [
    ['no profile', undefined, { country: null, known: false, own: [] }],
    ['a profile that is not an object', 'GB', { country: null, known: false, own: [] }],
    ['a country with lines', { country: 'GB' }, { country: 'GB', known: true, own: [] }],
    ['a country without lines', { country: 'JP' }, { country: 'JP', known: false, own: [] }],
    ['a country not stored upper-case', { country: 'gb' }, { country: null, known: false, own: [] }],
    ['a country that is not a string', { country: 44 }, { country: null, known: false, own: [] }],
    ['own lines, the broken ones left out', { helplines: [own, { name: '', contact: '1' }, 'junk', { name: 'Jo' }] }, { country: null, known: false, own: [own] }],
    ['own lines that are not a list', { country: 'AU', helplines: own }, { country: 'AU', known: true, own: [] }],
  ];
  it.each(cases)('%s', (_, profile, expected) => {
    const help = safetyHelp(helplines, profile);
    expect({ country: help.country, known: help.known, own: help.own }).toEqual(expected);
    expect(help.lines).toEqual(linesFor(helplines, expected.country));
  });
});

describe('the init values', () => {
  const countries: [string, string | undefined][] = [
    ['gb', 'GB'], [' us ', 'US'], ['Au', 'AU'], ['UK', 'GB'], ['el', 'GR'], ['JP', 'JP'],
    ['ZZZ', undefined], ['G', undefined], ['G1', undefined], ['', undefined], ['G B', undefined],
  ];
  it.each(countries)('country %j is %j', (raw, expected) => expect(toCountry(raw)).toBe(expected));

  const lines: [string, { name: string; contact: string } | undefined][] = [
    ['My sister: 0400 123 456', { name: 'My sister', contact: '0400 123 456' }],
    ['  Dr Lee :  555 0100 ', { name: 'Dr Lee', contact: '555 0100' }],
    ['Crisis text: text HOME to 741741, any time: day or night', { name: 'Crisis text', contact: 'text HOME to 741741, any time: day or night' }],
    ['no colon here', undefined],
    [': 555 0100', undefined],
    ['My sister:', undefined],
    ['', undefined],
  ];
  it.each(lines)('help line %j', (raw, expected) => expect(toOwnHelpline(raw)).toEqual(expected));

  it('adds own lines at the end, without the ones already there', () => {
    const a = { name: 'A', contact: '1' };
    const b = { name: 'B', contact: '2' };
    expect(addOwnHelplines(undefined, [a])).toEqual([a]);
    expect(addOwnHelplines([a], [b, { ...a }, b])).toEqual([a, b]);
    expect(addOwnHelplines([a], [{ name: 'A', contact: '3' }])).toEqual([a, { name: 'A', contact: '3' }]);
  });
});
