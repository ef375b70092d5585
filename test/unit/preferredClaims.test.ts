import { describe, expect, it } from 'vitest';
import { contradicts, judgeSlot, type ClaimInput } from '../../src/graph/claims/preferred.js';
import { preferredRow } from '../../src/graph/claims/recompute.js';

let n = 0;
function claim(property: string, value: string, extra: Partial<ClaimInput> = {}): ClaimInput {
  n += 1;
  return { id: `claim:${n}`, property, qualifier: '', value, valueId: null, valueWithin: [], sourceCount: 1, newest: '', oldest: '', ...extra };
}
const place = (id: string, within: string[], extra: Partial<ClaimInput> = {}) => claim('place', id, { valueId: id, valueWithin: within, ...extra });
const preferredValue = (claims: ClaimInput[]) => claims.find((c) => c.id === judgeSlot(claims).preferredId)!.value;

describe('the preference rule for dates', () => {
  it('prefers the day over the month that contains it, and calls neither disputed', () => {
    const month = claim('date', '2022-09', { sourceCount: 2 });
    const day = claim('date', '2022-09-15');
    const verdict = judgeSlot([month, day]);
    expect(verdict.preferredId).toBe(day.id);
    expect([...verdict.disputed]).toEqual([]);
  });

  it('marks 15 and 18 September as disputed and prefers the one more sources support', () => {
    const a = claim('date', '2022-09-15');
    const b = claim('date', '2022-09-18', { sourceCount: 2 });
    const verdict = judgeSlot([a, b]);
    expect(verdict.preferredId).toBe(b.id);
    expect([...verdict.disputed].sort()).toEqual([a.id, b.id].sort());
  });

  it('falls back to the month all agree on when the days contradict each other', () => {
    const a = claim('date', '2022-09-15');
    const b = claim('date', '2022-09-18', { sourceCount: 2 });
    const month = claim('date', '2022-09');
    const verdict = judgeSlot([a, b, month]);
    expect(verdict.preferredId).toBe(month.id);
    expect([...verdict.disputed].sort()).toEqual([a.id, b.id].sort());
  });

  it('breaks a tie of sources by the newest publication, then alphabetically', () => {
    const older = claim('date', '2022-09-15', { newest: '2023-01' });
    const newer = claim('date', '2022-09-18', { newest: '2024-01-04' });
    expect(preferredValue([older, newer])).toBe('2022-09-18');
    expect(preferredValue([claim('date', '2022-09-18'), claim('date', '2022-09-15')])).toBe('2022-09-15');
  });

  it('does not depend on the order the claims come in', () => {
    const claims = [claim('date', '2022-09-15'), claim('date', '2022-09-18', { newest: '2024' }), claim('date', '2022')];
    const first = preferredValue(claims);
    expect(preferredValue([...claims].reverse())).toBe(first);
    expect(preferredValue([claims[1]!, claims[2]!, claims[0]!])).toBe(first);
  });
});

describe('the preference rule for places', () => {
  it('prefers the city over the country it lies in, undisputed', () => {
    const country = place('place:ukraine', [], { sourceCount: 3 });
    const city = place('place:poltava', ['place:poltava-oblast', 'place:ukraine']);
    const verdict = judgeSlot([country, city]);
    expect(verdict.preferredId).toBe(city.id);
    expect(verdict.disputed.size).toBe(0);
  });

  it('disputes two places neither of which lies in the other', () => {
    const poltava = place('place:poltava', ['place:ukraine']);
    const kharkiv = place('place:kharkiv-oblast', ['place:ukraine']);
    expect(contradicts(poltava, kharkiv)).toBe(true);
    expect(judgeSlot([poltava, kharkiv]).disputed.size).toBe(2);
  });
});

describe('the preference rule for texts', () => {
  it('never disputes two descriptions and prefers the newest source', () => {
    const a = claim('description', 'A hotline for soldiers.', { newest: '2023-01' });
    const b = claim('description', 'A line run by intelligence.', { newest: '2024-01-04' });
    const verdict = judgeSlot([a, b]);
    expect(verdict.disputed.size).toBe(0);
    expect(verdict.preferredId).toBe(b.id);
  });

  it('keeps the name of the oldest source when as many sources give each', () => {
    const established = claim('name', 'Maxim Kuzminov', { oldest: '' });
    const later = claim('name', 'Maksym Kuzminov', { oldest: '2023-09-05', newest: '2023-09-05' });
    expect(preferredValue([later, established])).toBe('Maxim Kuzminov');
  });
});

describe('preferredRow', () => {
  it('turns every spelling into a sorted alias and name keys, and the event place into placeId', () => {
    const row = preferredRow('event:x', [
      claim('name', 'Landing'),
      claim('alias', 'Touchdown'),
      claim('alias', 'arrival'),
      place('place:poltava', ['place:ukraine']),
      claim('date', '2023-08'),
    ])!;
    expect(row.name).toBe('Landing');
    expect(row.aliases).toEqual(['arrival', 'Touchdown']);
    expect(row.placeId).toBe('place:poltava');
    expect(row.date).toBe('2023-08');
    expect(row.dateStartDay).toBe('2023-08-01');
    expect(row.dateEndDay).toBe('2023-08-31');
    expect(row.keys).toContainEqual({ key: 's:landing', kind: 'name' });
    expect(row.keys).toContainEqual({ key: 's:touchdown', kind: 'alias' });
  });

  it('gives a relationship the role its sources prefer', () => {
    const row = preferredRow('person:x', [
      claim('name', 'X'),
      claim('role', 'spokesman', { qualifier: 'MEMBER_OF>org:y', newest: '2024' }),
      claim('role', 'spokesperson', { qualifier: 'MEMBER_OF>org:y', newest: '2023' }),
    ])!;
    expect(row.relationships).toEqual([{ type: 'MEMBER_OF', to: 'org:y', role: 'spokesman', since: null, until: null }]);
  });

  it('leaves an entity without claims alone', () => {
    expect(preferredRow('person:x', [])).toBeNull();
  });
});
