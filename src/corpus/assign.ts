/**
 * The pairing of rows to columns with the greatest total weight, each row and column used at
 * most once, every pair allowed (the Hungarian method, O(n²m)). Returns, per row, its column
 * or -1. With as many pairs as possible made, weights decide which.
 */
export function bestAssignment(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const columns = weights[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return new Array<number>(rows).fill(-1);
  if (rows > columns) return transpose(bestAssignment(transposed(weights)), rows);
  const top = Math.max(...weights.flat());
  return minimumCost(weights.map((row) => row.map((weight) => top - weight)), columns);
}

/** e-maxx's Hungarian method on a cost matrix with rows ≤ columns; 1-based inside. */
function minimumCost(cost: readonly (readonly number[])[], columns: number): number[] {
  const rows = cost.length;
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(columns + 1).fill(0);
  const rowOf = new Array<number>(columns + 1).fill(0);
  const way = new Array<number>(columns + 1).fill(0);
  for (let row = 1; row <= rows; row++) {
    rowOf[0] = row;
    let column = 0;
    const least = new Array<number>(columns + 1).fill(Infinity);
    const used = new Array<boolean>(columns + 1).fill(false);
    do {
      used[column] = true;
      const current = rowOf[column]!;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= columns; j++) {
        if (used[j]) continue;
        const reduced = cost[current - 1]![j - 1]! - u[current]! - v[j]!;
        if (reduced < least[j]!) {
          least[j] = reduced;
          way[j] = column;
        }
        if (least[j]! < delta) {
          delta = least[j]!;
          next = j;
        }
      }
      for (let j = 0; j <= columns; j++) {
        if (used[j]) {
          u[rowOf[j]!]! += delta;
          v[j]! -= delta;
        } else least[j]! -= delta;
      }
      column = next;
    } while (rowOf[column] !== 0);
    do {
      const previous = way[column]!;
      rowOf[column] = rowOf[previous]!;
      column = previous;
    } while (column !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= columns; j++) if (rowOf[j]! > 0) result[rowOf[j]! - 1] = j - 1;
  return result;
}

function transposed(weights: readonly (readonly number[])[]): number[][] {
  return (weights[0] ?? []).map((_, j) => weights.map((row) => row[j]!));
}

/** From column → row to row → column. */
function transpose(rowOfColumn: readonly number[], rows: number): number[] {
  const result = new Array<number>(rows).fill(-1);
  rowOfColumn.forEach((row, column) => {
    if (row >= 0) result[row] = column;
  });
  return result;
}
