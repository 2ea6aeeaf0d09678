/**
 * A body with code -0 must not change what lookup(0) gives for the rest of the process: lookup
 * caches the entries it builds, so before -0 was normalized the first body with -0 built entry 0
 * with code -0 and every later lookup of 0 returned it. In a file of its own, so that nothing has
 * looked up 0 before the body with -0 arrives (vitest gives each file fresh modules).
 */
import { expect, it } from 'vitest';
import { SUCCESS, lookup, parseResponse } from '@errcat/hyper';

it('a body with code -0 is code 0, and leaves lookup(0) as it was', () => {
  expect(Object.is(parseResponse('{"ResponseCode":-0}', { status: 200 }).entries[0]?.code, 0)).toBe(true);
  expect(Object.is(lookup(0)?.code, 0)).toBe(true);
  expect(Object.is(parseResponse('{"ResponseCode":"-0"}', { status: 200 }).entries[0]?.code, 0)).toBe(true);
  expect(Object.is(parseResponse('{"ResponseCode":0}', { status: 200 }).entries[0]?.code, SUCCESS)).toBe(true);
});
