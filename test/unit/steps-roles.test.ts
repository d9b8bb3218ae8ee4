import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/types.js';
import { personalise, sayRole } from '../../src/ui/messages-practice.js';

describe('personalise', () => {
  const cases: [string, string | undefined, string][] = [
    ['Tell your partner one honest thing.', 'Sam', 'Tell Sam one honest thing.'],
    ["did I check my partner's phone?", 'Sam', "did I check Sam's phone?"],
    ['Your partner may need space; ask your partner.', 'Robin', 'Robin may need space; ask Robin.'],
    ['Tell your partner one honest thing.', undefined, 'Tell your partner one honest thing.'],
    ['a partnership of equals', 'Sam', 'a partnership of equals'],
  ];
  it.each(cases)('%j with %s', (text, partner, want) => expect(personalise(text, partner)).toBe(want));
});

describe('role wording', () => {
  const roles: (Role | undefined)[] = ['hurt', 'broke-trust', 'both', undefined];
  const asked = (role: Role | undefined) => `${sayRole.action(role, 'Sam')} | ${sayRole.marble(role, 'Sam', 0)}`;

  it('each role is asked in its own words', () => expect(new Set(roles.map(asked)).size).toBe(roles.length));

  it.each(roles)('%s: the questions name the partner', (role) => expect(asked(role)).toContain('Sam'));

  it('the action question speaks to reliability for the partner who broke trust, and to needs for the hurt partner', () => {
    expect(sayRole.action('broke-trust', 'Sam')).toContain('shows Sam you can be relied on');
    expect(sayRole.action('hurt', 'Sam')).toContain('say what you need');
  });

  it('report notes: accountability for the partner who broke trust, needs and boundaries for the hurt partner', () => {
    expect(sayRole.reportNote('broke-trust', 'Sam')).toMatch(/own any slip.*answer Sam's questions straight/);
    expect(sayRole.reportNote('hurt', 'Sam')).toMatch(/what you need from Sam.*boundaries/);
    expect(sayRole.reportNote('both', 'Sam')).toMatch(/boundaries/);
    expect(sayRole.reportNote(undefined, 'Sam')).toBeUndefined();
  });
});
