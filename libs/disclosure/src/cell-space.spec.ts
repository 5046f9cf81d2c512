import fc from 'fast-check';
import { rollUpGroups } from '.';
import { AttackerModel } from './audit/attacker-model';
import { RationalSpan } from './audit/rational-span';
import { TABLE_CATALOGUE, type TableDefinition } from './catalogue';
import { buildCellSpace } from './cell-space';
import { Tree, pairKey, productRelations } from './hierarchy';
import { normaliseInput } from './normalise-input';
import { assembleTables } from './release';
import { ORGANIZATION_ROLES, SMALL_SHAPE, reportGroups } from '../test/random-groups';

describe('productRelations', () => {
  it('splits a published cell along either tree, through unpublished cells when needed', () => {
    const geo = new Tree('*', 'all');
    ['A', 'B'].forEach((c) => geo.add('*', c, 'country'));
    const time = new Tree('*', 'all');
    time.add('*', 'y1', 'year');
    ['q1', 'q2'].forEach((q) => time.add('y1', q, 'quarter'));
    // Published: the total and country × quarter only (no margins).
    const published = new Set([pairKey('*', '*'), ...['A', 'B'].flatMap((g) => ['q1', 'q2'].map((t) => pairKey(g, t)))]);
    const relations = productRelations(geo, time, published).map((r) => ({ total: r.total, parts: [...r.parts].sort() }));
    expect(relations).toEqual([{ total: pairKey('*', '*'), parts: [pairKey('A', 'q1'), pairKey('A', 'q2'), pairKey('B', 'q1'), pairKey('B', 'q2')] }]);
  });
});

/**
 * The exact check in the suppression algorithm works on the generated relations only; it is
 * sound only if they span every linear relation between the cells. Check that
 * rank(relations) = number of cells − rank(cell forms) on random data. Cells of every catalogue
 * table are built whatever tables a release shows (the others are hidden unknowns), so the
 * whole catalogue is the case to check.
 */
describe('the generated relations span every linear relation between the cells', () => {
  const spaceOf = (groups: Parameters<typeof rollUpGroups>[0], tables: readonly TableDefinition[]) =>
    buildCellSpace(normaliseInput(rollUpGroups(groups), { organizations: ORGANIZATION_ROLES }, { kind: 'data', minCityReports: 10 }), tables);

  it('on 40 random data sets', () => {
    fc.assert(
      fc.property(reportGroups(SMALL_SHAPE), (groups) => {
        const space = spaceOf(groups, TABLE_CATALOGUE);
        expect([...space.hidden].every((h) => h === 0)).toBe(true);
        const release = { releaseId: '', protection: { method: 'suppression' as const, k: 10, suppressedCells: 0, intervalsVerified: false }, tables: assembleTables(space, space.values) };
        const model = new AttackerModel(release, groups);
        const formOfCell = new Map<number, Map<number, bigint>>();
        for (const t of space.tables) for (const { coordinates, cell } of t.cells) formOfCell.set(cell, model.monomialVector(model.formOf(coordinates)));
        expect(formOfCell.size).toBe(space.keys.length);
        const forms = new RationalSpan();
        for (const form of formOfCell.values()) forms.add(form);
        const relations = new RationalSpan();
        for (const r of space.relations) {
          const v = new Map<number, bigint>([[r.total, 1n]]);
          for (const p of r.parts) v.set(p, (v.get(p) ?? 0n) - 1n);
          relations.add(v);
        }
        expect(relations.rank).toBe(formOfCell.size - forms.rank);
      }),
      { numRuns: 40, seed: 99 },
    );
  });

  it('builds the same cells and relations whatever tables are chosen; the others are hidden', () => {
    const groups = fc.sample(reportGroups(SMALL_SHAPE), { numRuns: 1, seed: 5 })[0];
    const all = spaceOf(groups, TABLE_CATALOGUE);
    const some = spaceOf(groups, TABLE_CATALOGUE.filter((t) => t.id === 'by-month' || t.id === 'by-country-year'));
    expect(some.keys).toEqual(all.keys);
    expect(some.relations).toEqual(all.relations);
    expect(some.tables.map((t) => t.definition.id)).toEqual(['by-month', 'by-country-year']);
    const shown = new Set(some.tables.flatMap((t) => t.cells.map((c) => c.cell)));
    some.hidden.forEach((h, cell) => expect(h === 0).toBe(shown.has(cell)));
  });
});
