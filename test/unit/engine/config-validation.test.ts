// parseConfig and parseSettingsValue (engine/config.ts): what a .wsisrc.json of the wrong shape
// is told, and where. Each problem is reported on the span a user would fix; nothing wrong is used.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig, parseSettingsValue } from '../../../server/src/engine';
import { at } from '../../../server/src/engine/text/at';

/** The text each problem's span covers, with its message. */
function problemsOf(text: string): { at: string; message: string }[] {
  return parseConfig(text).problems.map((p) => ({ at: text.slice(p.span.start, p.span.end), message: p.message }));
}

describe('a configuration that is not an object of settings', () => {
  for (const text of ['[]', '42', '"rules"', 'null', '[{"rules": {}}]']) {
    it(`${text}: reported on the whole value, nothing read`, () => {
      const { settings, problems } = parseConfig(text);
      assert.deepEqual(settings, {});
      assert.equal(problems.length, 1);
      assert.match(at(problems, 0).message, /^The configuration must be a JSON object/);
      assert.deepEqual(at(problems, 0).span, { start: 0, end: text.length });
    });
  }

  it('VS Code settings that are not an object are reported the same way', () => {
    const { settings, problems } = parseSettingsValue(['footnote-style']);
    assert.deepEqual(settings, {});
    assert.equal(problems.length, 1);
    assert.match(at(problems, 0), /^The configuration must be a JSON object/);
  });

  it('no settings at all (undefined) is an empty configuration, no problem', () => {
    assert.deepEqual(parseSettingsValue(undefined), { settings: {}, problems: [] });
  });
});

describe("'rules' and 'limits' of the wrong type", () => {
  for (const value of ['[]', '"off"', '3', 'null']) {
    it(`"rules": ${value} is reported on the key; the valid limits are still read`, () => {
      const text = `{ "rules": ${value}, "limits": { "totalWords": 2000 } }`;
      const parsed = parseConfig(text);
      assert.deepEqual(
        parsed.problems.map((p) => text.slice(p.span.start, p.span.end)),
        ['"rules"'],
      );
      assert.match(at(parsed.problems, 0).message, /^'rules' must be an object of rule ids and levels/);
      assert.equal(parsed.settings.rules, undefined);
      assert.equal(parsed.settings.limits?.totalWords, 2000);
    });
    it(`"limits": ${value} is reported on the key; the valid rules are still read`, () => {
      const text = `{ "limits": ${value}, "rules": { "footnote-style": "off" } }`;
      const parsed = parseConfig(text);
      assert.deepEqual(
        parsed.problems.map((p) => text.slice(p.span.start, p.span.end)),
        ['"limits"'],
      );
      assert.match(at(parsed.problems, 0).message, /^'limits' must be an object/);
      assert.equal(parsed.settings.limits, undefined);
      assert.equal(parsed.settings.rules?.['footnote-style'], 'off');
    });
  }
});

describe('misspelt keys: the suggestion', () => {
  it('a setting in the wrong case is the setting, suggested as written in the docs', () => {
    assert.deepEqual(problemsOf('{ "Rules": {} }'), [{ at: '"Rules"', message: "Unknown setting 'Rules': did you mean 'rules'?" }]);
  });
  it('a rule id in the wrong case, and one a letter off, are each suggested', () => {
    assert.deepEqual(problemsOf('{ "rules": { "FOOTNOTE-STYLE": "off", "disclaimr": "off" } }'), [
      { at: '"FOOTNOTE-STYLE"', message: "Unknown rule 'FOOTNOTE-STYLE': did you mean 'footnote-style'?" },
      { at: '"disclaimr"', message: "Unknown rule 'disclaimr': did you mean 'disclaimer'?" },
    ]);
  });
  it('a key like nothing is listed with what there is, not a guess', () => {
    const [p] = problemsOf('{ "zzzzzzzz": 1 }');
    assert.ok(p, 'the unknown key is reported');
    assert.equal(p.at, '"zzzzzzzz"');
    assert.match(p.message, /^Unknown setting 'zzzzzzzz'; the settings are /);
    assert.doesNotMatch(p.message, /did you mean/);
  });
});

describe('a wrong value is reported on the value, not the key', () => {
  it('a level that is not a level, and a limit that is not a whole number', () => {
    assert.deepEqual(problemsOf('{ "rules": { "disclaimer": "loud" }, "limits": { "partOneWords": [300] } }'), [
      { at: '"loud"', message: `The level of 'disclaimer' must be "off", "info", "warning" or "error".` },
      { at: '[300]', message: "'partOneWords' must be a whole number of words, 1 or more." },
    ]);
  });
  it('a repeated key: the value used (the last) is the one reported', () => {
    const text = '{ "rules": { "disclaimer": "off", "disclaimer": 7 } }';
    const [p, ...rest] = problemsOf(text);
    assert.deepEqual(rest, []);
    assert.ok(p, 'the repeated key is reported');
    assert.equal(p.at, '7');
    assert.equal(parseConfig(text).settings.rules?.disclaimer, undefined);
  });
});

describe('text that is not JSON', () => {
  it('an empty file is reported as such over the whole (empty) text', () => {
    const { settings, problems } = parseConfig('');
    assert.deepEqual(settings, {});
    assert.equal(problems.length, 1);
    assert.match(at(problems, 0).message, /^This is not valid JSON \(/);
  });
  it('a missing comma is named, at the token where the parser stopped', () => {
    const text = '{ "kind": "auto" "rules": {} }';
    const { settings, problems } = parseConfig(text);
    assert.deepEqual(settings, {});
    assert.equal(problems.length, 1);
    assert.equal(at(problems, 0).message, 'This is not valid JSON (comma expected); the defaults are used until it is mended.');
    assert.equal(text.slice(at(problems, 0).span.start, at(problems, 0).span.end), '"rules"');
  });
  it('comments and a trailing comma are allowed, as in VS Code settings', () => {
    const { settings, problems } = parseConfig('{\n  // off for now\n  "rules": { "disclaimer": "off", },\n}');
    assert.deepEqual(problems, []);
    assert.deepEqual({ ...settings.rules }, { disclaimer: 'off' });
  });
});
