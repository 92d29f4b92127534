import { describe, expect, it } from 'vitest';
import { fromTransferBoundaries, toTransferBoundaries } from '../../src/core/boundary-transfer';
import type { BoundaryUnits } from '../../src/core/prepared-boundaries';
import type { UnitCode } from '../../src/core/units';

const code = (text: string) => text as UnitCode;

describe('boundaries handed from the data worker to the page', () => {
  it('arrive as they left: units, their boxes, and the rest', () => {
    const set: BoundaryUnits = {
      vintage: '2025',
      units: [
        {
          code: code('01'),
          name: 'Thành phố Hà Nội',
          level: 'province',
          parent: null,
          vintage: '2025',
        },
        {
          code: code('00004'),
          name: 'Phường Ba Đình',
          level: 'commune',
          parent: code('01'),
          vintage: '2025',
        },
      ],
      problems: [],
      bounds: new Map([
        [code('01'), [105.28, 20.56, 106.02, 21.39]],
        [code('00004'), [105.81, 21.03, 105.84, 21.05]],
      ]),
      extent: [105.28, 20.56, 106.02, 21.39],
      islands: { type: 'FeatureCollection', features: [] },
    };
    const { transferred, buffers } = toTransferBoundaries(set);
    expect(buffers).toHaveLength(1);
    expect(transferred.codes).toEqual(['01', '00004']);
    expect(fromTransferBoundaries(structuredClone(transferred))).toEqual(set);
  });
});
