import { describe, expect, it } from 'vitest';
import { currentSeason } from './current-season';

const summer = { name: 'Mùa hè', startsOn: '04-01' };
const winter = { name: 'Mùa đông', startsOn: '11-01' };

describe('currentSeason', () => {
  it('takes the season that started last', () => {
    expect(currentSeason([summer, winter], '04-01')).toBe(summer);
    expect(currentSeason([summer, winter], '10-31')).toBe(summer);
    expect(currentSeason([winter, summer], '11-01')).toBe(winter);
  });

  it("wraps around the new year: before the first start, last year's last season applies", () => {
    expect(currentSeason([summer, winter], '01-15')).toBe(winter);
    expect(currentSeason([summer, winter], '03-31')).toBe(winter);
  });

  it('has nothing to say without seasons', () => {
    expect(currentSeason([], '05-05')).toBeUndefined();
  });
});
