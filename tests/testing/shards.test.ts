import { optionValue, parseShard, positionalArgument, shardItems } from '../../src/testing/shards';

describe('shards: splitting a corpus run over processes', () => {
  test('options are read as `--name V` and `--name=V`', () => {
    expect(optionValue(['--jobs', '2', 'weak'], '--jobs')).toBe('2');
    expect(optionValue(['--jobs=3'], '--jobs')).toBe('3');
    expect(optionValue(['weak'], '--jobs')).toBeUndefined();
  });

  test('the filter is the first argument that is not an option value', () => {
    expect(positionalArgument(['--jobs', '2', 'weak'], ['--jobs'])).toBe('weak');
    expect(positionalArgument(['--verbose', 'gc_'], ['--jobs'])).toBe('gc_');
    expect(positionalArgument(['--jobs=2'], ['--jobs'])).toBeUndefined();
    expect(positionalArgument(['--jobs', '2'], ['--jobs'])).toBeUndefined();
  });

  test('every item goes to exactly one shard, in order, whatever the count', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    for (const count of [1, 2, 3, 5, 11, 13]) {
      const shards = Array.from({ length: count }, (_, index) => shardItems(items, { index, count }));
      // Item i is element i div count of shard i mod count (how the CLIs merge).
      expect(items.map((i) => shards[i % count][Math.floor(i / count)])).toEqual(items);
      expect(shards.flat().length).toBe(items.length);
    }
  });

  test('a malformed --shard is refused', () => {
    expect(parseShard(['--shard=1/2'])).toEqual({ index: 1, count: 2 });
    expect(parseShard([])).toBeNull();
    expect(() => parseShard(['--shard=2/2'])).toThrow('--shard wants I/N with I < N, not 2/2');
    expect(() => parseShard(['--shard', 'x'])).toThrow('--shard wants I/N');
  });
});
