/**
 * Classification trees (geography, time) and the additive relations between the cells of a
 * product of two trees. A cell is a pair (geo node, time node); it counts the reports whose
 * finest values fall under both nodes. Whenever a published cell can be split along one tree
 * into published cells (through unpublished intermediate cells if need be), "the cell equals
 * the sum of its parts" is a relation an attacker knows. The relations generated here span all
 * linear relations between the published cells (checked against a rank computation in
 * hierarchy.spec.ts).
 */
export class Tree {
  private readonly children = new Map<string, string[]>();
  private readonly levels = new Map<string, string>();
  private readonly parents = new Map<string, string>();
  private readonly byLevel = new Map<string, string[]>();
  private readonly ancestorTables = new Map<string, Map<string, string>>();
  private readonly depths = new Map<string, number>();

  constructor(
    readonly root: string,
    rootLevel: string,
  ) {
    this.register(root, rootLevel);
  }

  /** Adds `node` under `parent` (idempotent). Children keep insertion order. */
  add(parent: string, node: string, level: string): void {
    if (this.levels.has(node)) return;
    if (!this.levels.has(parent)) throw new Error(`unknown parent node ${parent}`);
    this.register(node, level);
    this.parents.set(node, parent);
    this.depths.set(node, (this.depths.get(parent) ?? 0) + 1);
    const siblings = this.children.get(parent);
    if (siblings) siblings.push(node);
    else this.children.set(parent, [node]);
  }

  childrenOf(node: string): readonly string[] {
    return this.children.get(node) ?? [];
  }

  /** Every node, root first, in insertion order. */
  nodes(): string[] {
    return [...this.levels.keys()];
  }

  /** 0 for the root, 1 for its children, … */
  depthOf(node: string): number {
    return this.depths.get(node) ?? 0;
  }

  nodesAt(level: string): readonly string[] {
    return this.byLevel.get(level) ?? [];
  }

  /** node → its ancestor (or itself) at `level`, for every node that has one; computed once per level. */
  ancestorsAt(level: string): ReadonlyMap<string, string> {
    let table = this.ancestorTables.get(level);
    if (!table) {
      table = new Map();
      for (const node of this.levels.keys()) {
        const ancestor = this.findAncestor(node, level);
        if (ancestor !== undefined) table.set(node, ancestor);
      }
      this.ancestorTables.set(level, table);
    }
    return table;
  }

  private findAncestor(node: string, level: string): string | undefined {
    let current: string | undefined = node;
    while (current !== undefined) {
      if (this.levels.get(current) === level) return current;
      current = this.parents.get(current);
    }
    return undefined;
  }

  private register(node: string, level: string): void {
    this.levels.set(node, level);
    const list = this.byLevel.get(level);
    if (list) list.push(node);
    else this.byLevel.set(level, [node]);
  }
}

/** A cell of a two-tree product: `${geo}\u0000${time}`. */
export type PairKey = string;
export const pairKey = (geo: string, time: string): PairKey => `${geo}\u0000${time}`;

/** `total` = sum of `parts`, both as pair keys of published cells. */
export interface PairRelation {
  readonly total: PairKey;
  readonly parts: readonly PairKey[];
}

/**
 * Every "published cell = sum of published cells" relation obtained by splitting a published
 * cell along one tree. Children that are not published are split further (along either tree)
 * until published cells cover them exactly; a relation is kept only when that succeeds.
 */
export function productRelations(geo: Tree, time: Tree, published: ReadonlySet<PairKey>): PairRelation[] {
  const trees = [geo, time] as const;
  const memo = new Map<PairKey, PairKey[] | null>();
  // A cell can only be covered if some published cell lies at least as deep in both trees.
  const depthPairs = new Set<string>();
  for (const key of published) {
    const [g, t] = key.split('\u0000') as [string, string];
    depthPairs.add(`${geo.depthOf(g)},${time.depthOf(t)}`);
  }
  const deepest = [...depthPairs].map((d) => d.split(',').map(Number) as [number, number]);
  const coverable = (g: string, t: string): boolean => {
    const dg = geo.depthOf(g);
    const dt = time.depthOf(t);
    return deepest.some(([a, b]) => a >= dg && b >= dt);
  };

  const split = (g: string, t: string, axis: 0 | 1): Array<[string, string]> =>
    axis === 0 ? geo.childrenOf(g).map((c) => [c, t]) : time.childrenOf(t).map((c) => [g, c]);

  const cover = (g: string, t: string): PairKey[] | null => {
    const key = pairKey(g, t);
    if (published.has(key)) return [key];
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (!coverable(g, t)) return null;
    memo.set(key, null); // guards against revisiting while in progress
    let found: PairKey[] | null = null;
    for (const axis of [0, 1] as const) {
      if (trees[axis].childrenOf(axis === 0 ? g : t).length === 0) continue;
      found = coverAll(split(g, t, axis));
      if (found) break;
    }
    memo.set(key, found);
    return found;
  };

  const coverAll = (pairs: Array<[string, string]>): PairKey[] | null => {
    const parts: PairKey[] = [];
    for (const [g, t] of pairs) {
      const c = cover(g, t);
      if (!c) return null;
      parts.push(...c);
    }
    return parts;
  };

  const relations: PairRelation[] = [];
  const seen = new Set<string>();
  for (const total of published) {
    const [g, t] = total.split('\u0000') as [string, string];
    for (const axis of [0, 1] as const) {
      if (trees[axis].childrenOf(axis === 0 ? g : t).length === 0) continue;
      const parts = coverAll(split(g, t, axis));
      if (!parts) continue;
      const signature = `${total}\u0001${[...parts].sort().join('\u0001')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      relations.push({ total, parts });
    }
  }
  return relations;
}
