/**
 * The generated `<Prefix>KnownErrorBase` spells out the members of the runtime's
 * ErrcatErrorBase<Api, Cause> instead of extending it (extending a generic interface gives every
 * per-code interface a `this` type: codegen/src/emit/errors.ts). This keeps the two copies equal,
 * member for member: name, optionality, type (with `Api` for the API's id type and `Cause` for its
 * union of errors) and TSDoc, read from the runtime's source. test/scale/instantiations.test.ts
 * checks the built types stay assignable both ways to ErrcatKnownError at 5,000 codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_BASE_MEMBERS } from '../../codegen/src/emit/errors.js';
import { REPO_ROOT } from '../../bench/synthetic-root.js';

function runtimeBaseMembers(api: string, cause: string): Array<{ doc: string; member: string }> {
  const file = join(REPO_ROOT, 'packages', 'runtime', 'src', 'types.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const base = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'ErrcatErrorBase');
  if (base === undefined) throw new Error('ErrcatErrorBase is no longer an interface in packages/runtime/src/types.ts');
  expect(base.heritageClauses, 'ErrcatErrorBase extends nothing, or the generated base must extend it too').toBeUndefined();
  return base.members.map((m) => {
    const doc = ts
      .getJSDocCommentsAndTags(m)
      .filter(ts.isJSDoc)
      .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
      .join(' ');
    // The member's own text (no doc), with the type parameters replaced the way the generator does.
    const member = source.text.slice(m.getStart(source), m.end).replace(/\bApi\b/g, api).replace(/\bCause\b/g, cause);
    return { doc, member };
  });
}

describe('the generated known-error base', () => {
  it('has the members of the runtime’s ErrcatErrorBase<Api>, in order, with their TSDoc', () => {
    const [api, cause] = ['SomeApiId', 'SomeAnyError'];
    expect(ERROR_BASE_MEMBERS.map((m) => ({ doc: m.doc, member: m.member(api, cause) }))).toEqual(runtimeBaseMembers(api, cause));
  });
});
