import { describe, expect, it } from 'vitest';
import { nearestUnit, unitInDirection, type ScreenUnit } from '../../src/core/unit-steps';
import type { UnitCode } from '../../src/core/units';

const at = (code: string, x: number, y: number): ScreenUnit => ({ code: code as UnitCode, x, y });

/**
 *        N(100,0)
 *  W(0,100)  C(100,100)  E(200,100)   F(400,110)
 *        S(100,200)           D(160,160)
 */
const UNITS = [
  at('C', 100, 100),
  at('N', 100, 0),
  at('S', 100, 200),
  at('W', 0, 100),
  at('E', 200, 100),
  at('F', 400, 110),
  at('D', 160, 160),
];
const C = UNITS[0]!;

describe('moving between units with the arrow keys', () => {
  it('goes to the nearest unit ahead, straying from the line counting double', () => {
    expect(unitInDirection(C, UNITS, 'up')).toBe('N');
    expect(unitInDirection(C, UNITS, 'left')).toBe('W');
    // E (100 along) beats D (60 along + 2 × 60 across = 180) and F (300 along).
    expect(unitInDirection(C, UNITS, 'right')).toBe('E');
    // Down: D is 60 along, 60 across (score 180); S is 100 along (score 100).
    expect(unitInDirection(C, UNITS, 'down')).toBe('S');
  });

  it('finds nothing beyond the last unit that way', () => {
    expect(unitInDirection(UNITS[5]!, UNITS, 'right')).toBeNull();
    expect(unitInDirection(UNITS[1]!, UNITS, 'up')).toBeNull();
  });

  it('starts from the unit nearest the map centre', () => {
    expect(nearestUnit({ x: 190, y: 95 }, UNITS)).toBe('E');
  });
});
