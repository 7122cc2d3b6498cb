/**
 * The Jest setup file fixes fast-check's seed (tests/fast-check-seed.ts):
 * every property draws the same cases on every run unless GCLAB_FC_SEED
 * asks otherwise.
 */
import fc from 'fast-check';

test('fast-check runs with one configured seed', () => {
  const seed = fc.readConfigureGlobal().seed;
  expect(typeof seed).toBe('number');
  const raw = process.env.GCLAB_FC_SEED;
  if (raw === undefined || raw === '') expect(seed).toBe(20261205);
  else if (raw !== 'random') expect(seed).toBe(Number(raw));
});

test('the same seed draws the same cases', () => {
  const first = fc.sample(fc.array(fc.integer()), 20);
  const second = fc.sample(fc.array(fc.integer()), 20);
  expect(second).toEqual(first);
});
