import { describe, expect, it } from 'vitest';
import { LEVEL_NAME_OF, LEVEL_NAMES, levelOfName, nameOfLevel } from './levels.js';

describe('region levels', () => {
  it('names each level of a Region node as sources and policies store it, and back', () => {
    expect(LEVEL_NAMES).toEqual(['国家', '浙江省', '嘉兴市', '区县']);
    expect(LEVEL_NAME_OF).toEqual({ NATION: '国家', PROVINCE: '浙江省', CITY: '嘉兴市', COUNTY: '区县' });
    for (const name of LEVEL_NAMES) expect(nameOfLevel(levelOfName(name))).toBe(name);
  });

  it('counts an unknown name as the city’s, as the API always showed it', () => {
    expect(levelOfName('COUNTY')).toBe('CITY');
    expect(levelOfName('')).toBe('CITY');
  });
});
