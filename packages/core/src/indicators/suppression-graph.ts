/**
 * The arithmetic behind complementary suppression, on the "bordered" table: the counts with their
 * row totals as a last column and column totals (and the grand total) as a last row. Every row of
 * the bordered table says "these cells add up to that total", and so does every column.
 *
 * Seen as a graph (one node per bordered row, one per bordered column, one edge per hidden
 * figure), a hidden figure can be worked out from the published ones exactly when its edge is a
 * bridge, an edge on no cycle. On a cycle, adding one to a figure and taking one away from the
 * next one around the cycle keeps every row and column sum; the published figures cannot tell the
 * two apart. A bridge can be isolated by adding up the equations on one side of it, so its value
 * can be found. So the rule is: leave no hidden figure on a bridge.
 *
 * The graph view is why checking "two hidden figures per row and per column" is not enough: two
 * blocks of hidden figures joined by a single hidden figure give every row and column two hidden
 * figures, yet the joining one can be found.
 */

/** Position in the bordered table: `[row, column]`, the last row/column being the totals. */
export type Position = readonly [row: number, column: number];

/** A figure that is never hidden: a true zero (see `suppression.ts`). */
const usable = (value: number): boolean => value > 0;

/** Hidden figures that could be recomputed from the published ones (the bridges). */
export function recoverableFigures(hidden: readonly (readonly boolean[])[]): Position[] {
  const rows = hidden.length;
  const columns = hidden[0]?.length ?? 0;
  const nodeCount = rows + columns;
  // Adjacency lists of (neighbour, edge id); row r is node r, column c is node rows + c.
  const adjacency: [number, number][][] = Array.from({ length: nodeCount }, () => []);
  const edges: Position[] = [];
  hidden.forEach((line, r) => {
    line.forEach((isHidden, c) => {
      if (!isHidden) return;
      adjacency[r]?.push([rows + c, edges.length]);
      adjacency[rows + c]?.push([r, edges.length]);
      edges.push([r, c]);
    });
  });
  // Tarjan's bridge finding: an edge u→v is a bridge when nothing below v reaches above u.
  const order = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
  const bridges: Position[] = [];
  let counter = 0;
  const visit = (node: number, viaEdge: number): void => {
    order[node] = low[node] = counter++;
    for (const [next, edge] of adjacency[node] ?? []) {
      if (edge === viaEdge) continue;
      if ((order[next] ?? -1) === -1) {
        visit(next, edge);
        low[node] = Math.min(low[node] ?? 0, low[next] ?? 0);
        if ((low[next] ?? 0) > (order[node] ?? 0)) bridges.push(edges[edge] ?? [0, 0]);
      } else {
        low[node] = Math.min(low[node] ?? 0, order[next] ?? 0);
      }
    }
  };
  for (let node = 0; node < nodeCount; node++) if (order[node] === -1) visit(node, -1);
  return bridges;
}

/**
 * Cheapest distances from one node to every node, walking over non-zero figures: a hidden one
 * costs nothing, a published one costs its value (what would be lost by hiding it). Dense
 * Dijkstra: the graph is complete bipartite, a few hundred edges per node at most.
 */
function distancesFrom(
  values: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  start: number,
  excluded: Position,
): number[] {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const distance = new Array<number>(rows + columns).fill(Number.POSITIVE_INFINITY);
  const done = new Array<boolean>(rows + columns).fill(false);
  distance[start] = 0;
  for (;;) {
    let node = -1;
    for (let candidate = 0; candidate < distance.length; candidate++) {
      if (done[candidate]) continue;
      if (node === -1 || (distance[candidate] ?? 0) < (distance[node] ?? 0)) node = candidate;
    }
    if (node === -1 || distance[node] === Number.POSITIVE_INFINITY) return distance;
    done[node] = true;
    const here = distance[node] ?? 0;
    const isRow = node < rows;
    const across = isRow ? columns : rows;
    for (let k = 0; k < across; k++) {
      const [r, c] = isRow ? [node, k] : [k, node - rows];
      if (r === excluded[0] && c === excluded[1]) continue;
      const value = values[r]?.[c] ?? 0;
      if (!usable(value)) continue;
      const step = hidden[r]?.[c] ? 0 : value;
      const next = isRow ? rows + c : r;
      if (here + step < (distance[next] ?? 0)) distance[next] = here + step;
    }
  }
}

/**
 * The cheapest way to put a recoverable figure on a cycle: the published figures on the
 * cheapest path between its row and its column (not using the figure itself). Every cheapest
 * path is taken, not one of them: choosing between equal paths would depend on the order the
 * provinces or months were listed in, and the same table must always be published the same way.
 */
export function cheapestCover(
  values: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  figure: Position,
): { cost: number; cover: Position[] } {
  const rows = values.length;
  const [row, column] = figure;
  const fromRow = distancesFrom(values, hidden, row, figure);
  const fromColumn = distancesFrom(values, hidden, rows + column, figure);
  const cost = fromRow[rows + column] ?? Number.POSITIVE_INFINITY;
  const cover: Position[] = [];
  values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (!usable(value) || hidden[r]?.[c] || (r === row && c === column)) return;
      const a = (fromRow[r] ?? Infinity) + value + (fromColumn[rows + c] ?? Infinity);
      const b = (fromRow[rows + c] ?? Infinity) + value + (fromColumn[r] ?? Infinity);
      if (Math.min(a, b) === cost) cover.push([r, c]);
    });
  });
  return { cost, cover };
}

/**
 * Complementary suppression to a fixed point: while some hidden figure is recoverable, find for
 * each one its cheapest cover, take the cheapest of them all (every cover of that same cost, for
 * the reason given above), hide it, and look again. Each round hides at least one more figure,
 * so it ends. Returns the new hidden pattern; the input is left untouched.
 */
export function protect(
  values: readonly (readonly number[])[],
  primary: readonly (readonly boolean[])[],
): boolean[][] {
  const hidden = primary.map((line) => [...line]);
  for (;;) {
    const recoverable = recoverableFigures(hidden);
    if (recoverable.length === 0) return hidden;
    const covers = recoverable.map((figure) => cheapestCover(values, hidden, figure));
    const cheapest = Math.min(...covers.map(({ cost }) => cost));
    // A hidden figure is never zero, so its row and column always balance through some other
    // non-zero figure and a cover exists; an infinite cost would mean a broken table.
    if (!Number.isFinite(cheapest) || cheapest <= 0) {
      throw new Error('complementary suppression found no cover: the totals do not add up');
    }
    for (const { cost, cover } of covers) {
      if (cost !== cheapest) continue;
      for (const [r, c] of cover) {
        const line = hidden[r];
        if (line) line[c] = true;
      }
    }
  }
}
