// The catalogue (data/catalog.json) agrees with the id lists the code checks
// flags against, and its role variants only replace fields that exist.
import { describe, expect, it } from 'vitest';
import { catalog, forRole } from '../../src/domain/catalog.js';
import { suggestActions } from '../../src/domain/steps.js';
import { CHECKLIST, ROLES, TRAPS, TRUST_TYPES } from '../../src/domain/types.js';

describe('catalogue ids', () => {
  it.each([
    ['traps', catalog.traps, TRAPS],
    ['trust types', catalog.trustTypes, TRUST_TYPES],
    ['checklist', catalog.checklist, CHECKLIST],
    ['roles', catalog.roles, ROLES],
  ] as const)('%s are exactly the ids in src/domain/types.ts, in order', (_name, items, ids) => {
    expect(items.map((i) => i.id)).toEqual([...ids]);
  });
});

describe('role variants', () => {
  const withVariants = [...catalog.traps, ...catalog.checklist, ...catalog.behaviours].filter((i) => i.byRole);

  it('name only real roles and replace only fields the item has', () => {
    expect(withVariants.length).toBeGreaterThan(0);
    for (const item of withVariants) {
      for (const [role, variant] of Object.entries(item.byRole ?? {})) {
        expect(ROLES).toContain(role);
        for (const key of Object.keys(variant ?? {})) expect(item).toHaveProperty(key);
      }
    }
  });

  it('every trap has an example written from the side of the partner who broke trust', () => {
    for (const trap of catalog.traps) {
      const example = forRole(trap, 'broke-trust').example;
      expect(example).not.toBe(trap.example);
    }
    expect(forRole(catalog.traps.find((t) => t.id === 'labelling')!, 'broke-trust').example).toMatch(/terrible person/);
  });

  const repair = catalog.checklist.find((c) => c.id === 'repair')!;
  it.each([
    ['hurt', 'Let a repair in'],
    ['broke-trust', 'Own it, make amends'],
    ['both', 'Repair what needs it'],
    [undefined, 'Repair what needs it'],
  ] as const)('the repair item for %s reads "%s"', (role, label) => {
    expect(forRole(repair, role).label).toBe(label);
  });

  it('no role is told to "say sorry, make amends" as if it were theirs alone', () => {
    for (const role of ['hurt', 'both', undefined] as const) {
      for (const item of catalog.checklist) expect(forRole(item, role).label).not.toMatch(/say sorry/i);
    }
  });

  it('suggestions use the step written for the role', () => {
    const broke = suggestActions([], ['emotional', 'informational'], 'broke-trust').find((s) => s.behaviour === 'tell-truth');
    const hurt = suggestActions([], ['emotional', 'informational'], 'hurt').find((s) => s.behaviour === 'tell-truth');
    expect(broke?.text).toBe(catalog.behaviours.find((b) => b.id === 'tell-truth')?.byRole?.['broke-trust']?.steps?.[0]);
    expect(hurt?.text).toBe(catalog.behaviours.find((b) => b.id === 'tell-truth')?.steps[0]);
  });
});
