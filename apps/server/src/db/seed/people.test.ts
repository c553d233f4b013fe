import { describe, expect, it } from 'vitest';
import { createRandom, syntheticPerson } from './people';

describe('synthetic applicants', () => {
  it('are deterministic for a seed and follow the ID, phone and name rules of haiduong-reference.md §7', () => {
    const a = syntheticPerson(createRandom(7));
    const b = syntheticPerson(createRandom(7));
    expect(a).toEqual(b);
    for (let i = 0; i < 500; i++) {
      const p = syntheticPerson(createRandom(i));
      // Circular 59/2021/TT-BCA Art 4: 3-digit province (030 Hải Dương), century/sex digit, year, serial.
      expect(p.idNumber).toMatch(/^030[0-3]\d{8}$/);
      expect(p.phone).toMatch(/^0(3|5|7|8|9)\d{8}$/);
      expect(p.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(p.address).toContain('Hải Dương');
    }
  });
});
