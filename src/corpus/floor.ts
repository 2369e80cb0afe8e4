import { FIGURE_NAMES, type FigureName, type Figures } from './figures.js';

/** The least each figure may be, in [0, 1]; a figure without a floor is not held. */
export type Floors = Partial<Record<FigureName, number>>;

export interface UnmetFloor {
  readonly figure: FigureName;
  readonly floor: number;
  readonly value: number | null;
}

/** The figures below their floor. A figure with nothing to judge meets only a floor of 0. */
export function unmetFloors(figures: Figures, floors: Floors): UnmetFloor[] {
  const unmet: UnmetFloor[] = [];
  for (const figure of FIGURE_NAMES) {
    const floor = floors[figure];
    if (floor === undefined) continue;
    const value = figures[figure].value;
    // rounded so that a floor written as 0.8 is met by a measured 4/5 despite float noise
    if (value === null ? floor > 0 : Math.round(value * 1e9) < Math.round(floor * 1e9)) unmet.push({ figure, floor, value });
  }
  return unmet;
}

/** Checks a parsed floor.json: an object of figure names to numbers in [0, 1]. */
export function readFloors(json: unknown, file: string): Floors {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${file}: expected an object of floors, found ${JSON.stringify(json)}`);
  const floors: Floors = {};
  for (const [key, value] of Object.entries(json)) {
    if (!(FIGURE_NAMES as readonly string[]).includes(key)) throw new Error(`${file}: ${key}: unknown figure (expected one of ${FIGURE_NAMES.join(', ')})`);
    if (typeof value !== 'number' || value < 0 || value > 1) throw new Error(`${file}: ${key}: expected a number from 0 to 1, found ${JSON.stringify(value)}`);
    floors[key as FigureName] = value;
  }
  return floors;
}
