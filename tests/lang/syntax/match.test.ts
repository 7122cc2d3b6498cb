/**
 * The match statement's parser: the AST (compared with the text CPython's
 * `ast.dump` prints for the same source, recorded from python3 3.11) and the
 * syntax errors of invalid patterns (messages and positions from python3).
 */
import { dumpAst, parse, parseSyntax, ScenarioSyntaxError } from '../../../src/lang/syntax';

const DUMPS: Array<[string, string]> = [
  ["match x:\n    case [1, *rest] | (2, *rest):\n        pass\n", "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), MatchSequence(patterns=[MatchValue(value=Constant(value=2)), MatchStar(name='rest')])]), body=[Pass()])])], type_ignores=[])"],
  ["match p:\n    case Point(0, y=-1.5) as q if q:\n        pass\n    case {'a': None, **kw}:\n        pass\n    case _:\n        pass\n", "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=0))], kwd_attrs=['y'], kwd_patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1.5)))]), name='q'), guard=Name(id='q', ctx=Load()), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='a')], patterns=[MatchSingleton(value=None)], rest='kw'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"],
  ["match a, *b:\n    case m.n.o | 'x' 'y' | True:\n        pass\n", "Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Attribute(value=Attribute(value=Name(id='m', ctx=Load()), attr='n', ctx=Load()), attr='o', ctx=Load())), MatchValue(value=Constant(value='xy')), MatchSingleton(value=True)]), body=[Pass()])])], type_ignores=[])"],
  ["match (x):\n    case (y):\n        pass\n    case ():\n        pass\n    case []:\n        pass\n    case (z,):\n        pass\n", "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='y'), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='z')]), body=[Pass()])])], type_ignores=[])"],
  ["match = 1\nmatch(x)\nmatch.y = 2\nmatch[0]: int = 3\ncase = match\n", "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='y', ctx=Store())], value=Constant(value=2)), AnnAssign(target=Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=3), simple=0), Assign(targets=[Name(id='case', ctx=Store())], value=Name(id='match', ctx=Load()))], type_ignores=[])"],
  ["match x:\n    case -1 | 0 | {}:\n        pass\n    case [_, *_]:\n        pass\n    case C():\n        pass\n", "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=Constant(value=0)), MatchMapping(keys=[], patterns=[])]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(), MatchStar()]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])])], type_ignores=[])"],
];

const ERRORS: Array<[string, string, number, number]> = [
  ["match x:\n    case y as _:\n        pass\n", "cannot use '_' as a target", 2, 15],
  ["match x:\n    case 1 as 2:\n        pass\n", "invalid pattern target", 2, 15],
  ["match x:\n    case C(a=1, 2):\n        pass\n", "positional patterns follow keyword patterns", 2, 17],
  ["match x:\n    case f'{x}':\n        pass\n", "patterns may only match literals and attribute lookups", 2, 10],
  ["match x:\n    case 1\n", "expected ':'", 2, 11],
  ["match x:\ncase 1:\n    pass\n", "expected an indented block after 'match' statement on line 1", 2, 1],
];

describe('match statement parsing', () => {
  it.each(DUMPS)('%j', (source, expected) => {
    expect(dumpAst(parseSyntax(source, 't.py'))).toBe(expected);
  });

  it.each(ERRORS)('%j', (source, msg, line, offset) => {
    let error: unknown;
    try {
      parse(source, 's.py');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioSyntaxError);
    const e = error as ScenarioSyntaxError;
    expect([e.msg, e.line, e.col]).toEqual([msg, line, offset]);
  });
});
