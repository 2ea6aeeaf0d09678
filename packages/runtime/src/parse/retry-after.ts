/**
 * `Retry-After` as RFC 9110 §10.2.3 defines it: `delay-seconds` (one or more digits, nothing else)
 * or an `HTTP-date` (§5.6.7: the IMF-fixdate form, or the obsolete RFC 850 and asctime forms a
 * recipient must still accept). Anything else (`-1`, `1.5`, `1e3`, a date `Date.parse` would guess
 * at) is ignored: an unknown error must not be told to retry at once because of a header nobody
 * can read. Fixed-shape patterns without nested repetition: linear in the header's length.
 */

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
/** `Sunday, 06-Nov-94 08:49:37 GMT` */
const RFC850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
/** `Sun Nov  6 08:49:37 1994` */
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

/** Optional whitespace around a field value (RFC 9110 §5.5): spaces and tabs, not what `String#trim` also takes (NBSP, U+2028). */
export function trimOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return text.slice(start, end);
}

/** delay-seconds: 1*DIGIT. A value too large for a safe integer is clamped (it means "much later"). */
export function parseDelaySeconds(text: string): number | undefined {
  if (text.length === 0) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  return Math.min(Number(text), Number.MAX_SAFE_INTEGER);
}

function utc(year: number, month: string, day: number, h: string, m: string, s: string): number | undefined {
  const mon = MONTHS.indexOf(month);
  const hour = Number(h);
  const minute = Number(m);
  const second = Number(s);
  // 60 seconds: a leap second, which the grammar allows.
  if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  // Dates that roll over (31 Feb) are not dates. The day is checked alone: a leap second rolls
  // the time over (23:59:60 into the next day), never the date itself.
  if (new Date(Date.UTC(year, mon, day)).getUTCDate() !== day) return undefined;
  return Date.UTC(year, mon, day, hour, minute, second);
}

/** An HTTP-date in any of its three forms, as epoch milliseconds; `now` places RFC 850's two-digit years. */
export function parseHttpDate(text: string, now: number): number | undefined {
  let m = IMF_FIXDATE.exec(text);
  if (m !== null) return utc(Number(m[3]), m[2] as string, Number(m[1]), m[4] as string, m[5] as string, m[6] as string);
  m = RFC850.exec(text);
  if (m !== null) {
    // RFC 9110: a two-digit year more than 50 years in the future is the most recent past year with those digits.
    const thisYear = new Date(now).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + Number(m[3]);
    if (year > thisYear + 50) year -= 100;
    return utc(year, m[2] as string, Number(m[1]), m[4] as string, m[5] as string, m[6] as string);
  }
  m = ASCTIME.exec(text);
  if (m !== null) return utc(Number(m[6]), m[1] as string, Number((m[2] as string).trim()), m[3] as string, m[4] as string, m[5] as string);
  return undefined;
}

/** Seconds to wait: delay-seconds as given, an HTTP-date as whole seconds from `now` (0 when past); else undefined. */
export function parseRetryAfter(value: string, now: number): number | undefined {
  const text = trimOws(value);
  const seconds = parseDelaySeconds(text);
  if (seconds !== undefined) return seconds;
  const at = parseHttpDate(text, now);
  if (at === undefined || !Number.isFinite(now)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
