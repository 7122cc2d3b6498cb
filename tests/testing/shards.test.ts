import { matchesFilters, optionValue, parseShard, positionalArgument, positionalArguments, shardItems, unknownOption } from '../../src/testing/shards';

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

  test('every positional argument is a filter; a name matches when it contains any of them', () => {
    expect(positionalArguments(['--jobs', '2', 'weak', '--verbose', 'gc_'], ['--jobs'])).toEqual(['weak', 'gc_']);
    expect(positionalArguments(['--sample', '2'], ['--sample'])).toEqual([]);
    expect(matchesFilters('tests/conformance/gc_x.py', ['weak', 'gc_'])).toBe(true);
    expect(matchesFilters('tests/conformance/rc_x.py', ['weak', 'gc_'])).toBe(false);
    expect(matchesFilters('anything', [])).toBe(true);
  });

  test('an option the runner does not know is found, in both spellings of a valued one', () => {
    const valued = ['--jobs', '--shard'];
    expect(unknownOption(['--jobs', '2', '--verbose', 'weak'], ['--verbose'], valued)).toBeUndefined();
    expect(unknownOption(['--jobs=2', '--shard=1/4'], [], valued)).toBeUndefined();
    expect(unknownOption(['--jobs', '2', '--jbos', '3'], ['--verbose'], valued)).toBe('--jbos');
    expect(unknownOption(['--help'], ['--verbose'], valued)).toBe('--help');
    // A value that looks like an option is the option's value, not an option.
    expect(unknownOption(['--jobs', '-1'], [], valued)).toBeUndefined();
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
