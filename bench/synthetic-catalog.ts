/**
 * Deterministic synthetic catalogs for benchmarks and scale tests: any number of codes, each
 * passing catalog.schema.json and every semantic rule, with the shapes real catalogs have
 * (0–3 `%s` parameters, 1–4 `details` properties, examples that match, aliases, deprecations).
 * Same (size, seed) → byte-identical catalog, so runs and test fixtures are comparable.
 */
import type { CodeEntry, DetailsSubschema, ErrcatCatalog } from '../codegen/src/catalog.types.js';

export interface SyntheticOptions {
  /** Number of codes. */
  readonly codes: number;
  /** PRNG seed (default 1). */
  readonly seed?: number;
  /** How codes travel (default 'string'). */
  readonly codeType?: 'string' | 'integer';
  /** API id, also the package folder (default `synthetic-<codes>`). */
  readonly id?: string;
  /**
   * Share of error codes that get a second documented variant (another status and a one-parameter
   * message), as Zoho's reused codes have (default 0: the catalogs every earlier figure was measured on).
   */
  readonly variantShare?: number;
}

/** mulberry32: small, fast, and identical on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['record', 'field', 'module', 'token', 'layout', 'user', 'role', 'profile', 'request', 'file', 'tag', 'view', 'portal', 'currency', 'pipeline', 'territory'];
const VERBS = ['invalid', 'missing', 'locked', 'expired', 'duplicate', 'forbidden', 'unsupported', 'exceeded', 'malformed', 'unavailable'];
const WORDS = ['the', 'value', 'given', 'for', 'this', 'request', 'is', 'not', 'accepted', 'by', 'server', 'check', 'and', 'try', 'again', 'after', 'updating', 'configuration', 'of', 'account'];
const PARAM_NAMES = ['field', 'module', 'limit', 'value', 'resource', 'scope'];
const PROP_TYPES = ['string', 'integer', 'boolean', 'array'] as const;
/**
 * Groups with the share of codes each gets, in tenths of a percent: most codes of a real catalog
 * are request errors (the seeds: 12–25% of codes retryable); here 20% are retryable
 * (unauthorized → after-reauth; rate-limit, server → after-delay) and 10% report success.
 */
const GROUPS = [
  { id: 'success', title: 'Success', status: [200, 201], share: 100 },
  { id: 'bad-request', title: 'Bad request', status: [400, 422], share: 400 },
  { id: 'unauthorized', title: 'Unauthorized', status: [401], share: 70 },
  { id: 'forbidden', title: 'Forbidden', status: [403], share: 150 },
  { id: 'not-found', title: 'Not found', status: [404], share: 150 },
  { id: 'rate-limit', title: 'Rate limit', status: [429], share: 30 },
  { id: 'server', title: 'Server errors', status: [500, 503], share: 100 },
] as const;

/** The group of code i: a fixed, evenly interleaved pattern over 1,000 slots, so every size has the same mix. */
function groupOf(i: number): (typeof GROUPS)[number] {
  const slot = (i * 619) % 1000; // 619 is coprime with 1,000: consecutive codes land in different groups
  let edge = 0;
  for (const g of GROUPS) {
    edge += g.share;
    if (slot < edge) return g;
  }
  return GROUPS[1];
}

export function syntheticCatalog(options: SyntheticOptions): ErrcatCatalog {
  const { codes: count, seed = 1, codeType = 'string', variantShare = 0 } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`codes must be a positive integer, got ${count}`);
  const id = options.id ?? `synthetic-${count}`;
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const sentence = (min: number, max: number): string => {
    const n = min + Math.floor(rand() * (max - min + 1));
    const words = Array.from({ length: n }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

  const width = String(count).length;
  const codes: CodeEntry[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(VERBS).toUpperCase()}_${pick(NOUNS).toUpperCase()}_${String(i).padStart(width, '0')}`;
    const code: string | number = codeType === 'string' ? name : 1000 + i;
    const group = groupOf(i);
    const kind = group.id === 'success' ? 'success' : 'error';
    const paramCount = Math.floor(rand() * 4);
    const params = Array.from({ length: paramCount }, (_, j) => ({
      name: `${PARAM_NAMES[(i + j) % PARAM_NAMES.length]}${j}`,
      description: sentence(4, 9),
      example: `${pick(NOUNS)}_${j}`,
      ...(j === paramCount - 1 && rand() < 0.2 && { default: 'unknown' }),
    }));
    const pieces = [`${pick(VERBS)} ${pick(NOUNS)}`];
    for (let j = 0; j < params.length; j++) pieces.push(`${pick(WORDS)} %s ${pick(WORDS)}`);
    const message = `${pieces.join(' ').trim()}${rand() < 0.1 ? ' (100%% of quota)' : ''}`;

    const propCount = 1 + Math.floor(rand() * 4);
    const properties: Record<string, DetailsSubschema> = {};
    const required: string[] = [];
    const detailsExample: Record<string, unknown> = {};
    for (let j = 0; j < propCount; j++) {
      const prop = `${pick(NOUNS)}_${j}`;
      const type = pick(PROP_TYPES);
      properties[prop] =
        type === 'array'
          ? { type: 'array', items: { type: 'string' }, description: sentence(3, 8) }
          : { type, description: sentence(3, 8) };
      if (j === 0 || rand() < 0.5) required.push(prop);
      detailsExample[prop] = type === 'string' ? `${pick(WORDS)}` : type === 'integer' ? j + 1 : type === 'boolean' ? true : [pick(NOUNS)];
    }
    const details = { type: 'object', properties, required, additionalProperties: true };
    const sentMessage = params.reduce((m, p) => m.replace('%s', p.example), message).replace(/%%/g, '%');

    const status = pick(group.status);
    const retry =
      group.id === 'rate-limit'
        ? { strategy: 'after-delay' as const, delaySeconds: 60 }
        : group.id === 'unauthorized'
          ? { strategy: 'after-reauth' as const, reauth: 'refresh' as const }
          : group.id === 'server'
            ? { strategy: 'after-delay' as const, delaySeconds: 5 }
            : { strategy: 'never' as const };
    const entry: CodeEntry = {
      code,
      name,
      httpStatus: status,
      kind,
      message,
      ...(params.length > 0 && { params }),
      // Drawn only when asked for, so catalogs without variants stay byte-identical to earlier runs.
      ...(variantShare > 0 &&
        kind === 'error' &&
        rand() < variantShare && {
          variants: [
            {
              httpStatus: status === 400 ? 422 : 400,
              message: `${pick(VERBS)} ${pick(NOUNS)}: %s`,
              params: [{ name: 'subject', description: sentence(3, 6), example: pick(NOUNS) }],
            },
          ],
        }),
      description: `${sentence(12, 30)} ${sentence(6, 20)}`,
      ...(kind === 'error' && { cause: sentence(5, 12), fix: sentence(6, 14) }),
      group: group.id,
      details,
      example: { code, message: sentMessage, details: detailsExample, status: kind === 'error' ? 'error' : 'success' },
      ...(i % 17 === 3 && { aliases: [codeType === 'string' ? `${name}_OLD` : 100_000 + i] }),
      retry,
      source: 'synthetic',
      since: '0.1.0',
    };
    codes.push(entry);
  }
  // A few deprecations, each pointing at the next code, as real catalogs do when codes get renamed.
  for (let i = 5; i + 1 < codes.length; i += 50) {
    const entry = codes[i] as CodeEntry & { deprecated?: unknown };
    entry.deprecated = { reason: 'Renamed by the vendor.', replacedBy: (codes[i + 1] as CodeEntry).code };
  }

  return {
    $schema: './catalog.schema.json',
    api: {
      id,
      title: `Synthetic API (${count} codes)`,
      packageName: `@errcat-bench/${id}`,
      typePrefix: 'Synth',
      description: `A generated catalog of ${count} codes for errcat's benchmarks and scale tests.`,
      docsBaseUrl: `https://example.com/${id}/docs/codes/`,
      sources: { synthetic: { title: 'bench/synthetic-catalog.ts', file: 'bench/synthetic-catalog.ts' } },
      envelope: {
        codeField: 'code',
        codeType,
        messageFields: ['message'],
        detailsField: 'details',
        statusField: 'status',
        recordArrays: ['data'],
        partialStatuses: [207],
      },
      groups: GROUPS.map((g) => ({ id: g.id, title: g.title, description: `Codes of the ${g.title.toLowerCase()} group.` })),
    },
    codes: codes as ErrcatCatalog['codes'],
  };
}

/** The catalog as the file on disk would hold it (2-space JSON, trailing newline). */
export function syntheticCatalogText(options: SyntheticOptions): string {
  return `${JSON.stringify(syntheticCatalog(options), null, 2)}\n`;
}
