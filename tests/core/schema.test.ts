import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const read = (path: string) => JSON.parse(readFileSync(join(__dirname, '../..', path), 'utf8'));

describe('the indicator file JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(read('data/indicator-file.schema.json'));

  it.each(['data/demo/indicators-2021.json', 'data/demo/indicators-2025.json'])(
    'accepts the shipped %s',
    (file) => {
      expect(validate(read(file)) ? [] : validate.errors).toEqual([]);
    },
  );

  it('rejects a version 2 file that does not say its programme periods', () => {
    const file = read('data/demo/indicators-2025.json');
    delete file.programmePeriods;
    expect(validate(file)).toBe(false);
  });

  it('rejects a file without a vintage', () => {
    const file = read('data/demo/indicators-2025.json');
    delete file.vintage;
    expect(validate(file)).toBe(false);
  });
});

describe('the crosswalk file JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(read('data/crosswalk-file.schema.json'));

  it('accepts the shipped demo crosswalk', () => {
    const file = read('data/demo/crosswalk-2021-2025.json');
    expect(validate(file) ? [] : validate.errors).toEqual([]);
  });

  it('rejects a code written as a number', () => {
    const file = read('data/demo/crosswalk-2021-2025.json');
    file.links[0].from = 90;
    expect(validate(file)).toBe(false);
  });
});
