/**
 * Phase 3, normalize: a validated catalog becomes the typed model every emitter reads.
 * All derived names, sort orders and URLs are decided here, once.
 */
import { splitTemplate } from '../../packages/runtime/src/template.js';
import type { ApiLimits, CodeEntry, CodeVariant, EnvelopeSpec, ErrcatCatalog, Group, Param, Source } from './catalog.types.js';
import { copyJson } from './json-copy.js';
import { siteDocsBaseUrl } from './site-config.js';
import { headingSlug, RESERVED_PAGE_IDS, toAnchor, toIdentifier, toPageName, toPascalCase } from './names.js';

export type Kind = 'success' | 'partial' | 'error';
export type RetryStrategy = 'never' | 'after-delay' | 'after-reauth';
export type ReauthMethod = 'refresh' | 'authorize';

export interface ParamModel {
  readonly name: string;
  readonly description: string;
  readonly example?: string;
  readonly default?: string;
}

export type SourceModel = Source & { readonly id: string };

/**
 * One documented way the vendor sends a code: HTTP status(es), message template and parameters.
 * Variant 0 is the catalog entry's own status/message/params; catalog `variants` follow in order.
 */
export interface VariantModel {
  readonly index: number;
  /** The variant's first status. */
  readonly httpStatus: number;
  readonly httpStatuses: readonly number[];
  /** The template; undefined when the vendor documents no message (only ever variant 0). */
  readonly message: string | undefined;
  /** Literal text around the placeholders (`%%` already turned into `%`); empty when there is no message. */
  readonly messageLiterals: readonly string[];
  readonly params: readonly ParamModel[];
  /** When the vendor says this variant is sent (variant 0: none, the code's description covers it). */
  readonly description?: string;
  readonly source: SourceModel;
  readonly example?: unknown;
}

export interface CodeModel {
  /** The code as sent on the wire. */
  readonly code: string | number;
  readonly name: string;
  /** Value-space identifier (per-code const, enum member, `as const` key). */
  readonly ident: string;
  /** PascalCase stem of the code's type names. */
  readonly pascal: string;
  readonly errorTypeName: string;
  readonly detailsTypeName: string;
  /** File stem of the code's reference page: its group's page (docs/codes/<docsPage>.md in the package, <docsPage>.html on the site). */
  readonly docsPage: string;
  /** Id of the code's section on that page (see toAnchor). */
  readonly anchor: string;
  /** docsBaseUrl + docsPath(docsPage, anchor): the code's section on the docs site. */
  readonly docsUrl: string;
  /** The primary variant's first status. */
  readonly httpStatus: number;
  /** Every documented status, over all variants, primary first, each once. */
  readonly httpStatuses: readonly number[];
  readonly kind: Kind;
  readonly errorUnder2xx: boolean;
  /** The primary variant's template; undefined when the vendor documents no message. */
  readonly message: string | undefined;
  readonly messageVaries: boolean;
  /** The primary variant's literal text around the placeholders (`%%` already turned into `%`). */
  readonly messageLiterals: readonly string[];
  /** The primary variant's parameters (what formatMessage takes). */
  readonly params: readonly ParamModel[];
  /** Every documented variant, the primary first (always at least one). */
  readonly variants: readonly VariantModel[];
  /** What the code means; undefined when the vendor gives no explanation. */
  readonly description?: string;
  readonly cause?: string;
  readonly fix?: string;
  readonly fixExempt?: string;
  readonly group: GroupModel;
  readonly details?: Record<string, unknown>;
  readonly example?: unknown;
  readonly aliases: ReadonlyArray<string | number>;
  readonly retry: { readonly strategy: RetryStrategy; readonly reauth?: ReauthMethod; readonly delaySeconds?: number; readonly note?: string };
  readonly source: SourceModel;
  /** Further sources that document the code (catalog `additionalSources`). */
  readonly additionalSources: readonly SourceModel[];
  readonly since?: string;
  readonly deprecated?: { readonly reason: string; readonly replacedBy?: string | number };
}

export interface GroupModel {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export interface ApiModel {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly packageName: string;
  readonly version: string;
  readonly typePrefix: string;
  /** Repository-relative path of the catalog file this package is generated from. */
  readonly catalogFile: string;
  /** Where this API's pages are on the docs site: api.docsBaseUrl, or derived from the site's url (site-config.ts). */
  readonly docsBaseUrl: string;
  /** True when the catalog sets api.docsBaseUrl itself (its docs are published elsewhere than the site). */
  readonly docsBaseUrlOverridden: boolean;
  readonly vendorDocsUrl?: string;
  readonly envelope: EnvelopeSpec;
  readonly limits?: ApiLimits;
  readonly groups: readonly GroupModel[];
  readonly sources: readonly SourceModel[];
  readonly codeType: 'string' | 'integer';
  /** Sorted by code: integers ascending, strings in code-unit order. */
  readonly codes: readonly CodeModel[];
  /** Names of the package-level exports, for collision checks and emitters. */
  readonly names: ExportNames;
}

export interface ExportNames {
  readonly apiId: string;
  readonly codeUnion: string;
  readonly codeEnum: string;
  readonly codeObject: string;
  readonly codeList: string;
  readonly errorUnion: string;
  readonly errorMap: string;
  readonly detailsMap: string;
  readonly paramsMap: string;
  readonly namedParamsMap: string;
  /** Positional parameters per variant, for the codes with more than one (formatVariant). */
  readonly variantParamsMap: string;
  /** The variant indexes of each code with more than one (`0 | 1`): what formatVariant's `variant` accepts. */
  readonly variantIndexMap: string;
  readonly untypedDetails: string;
  readonly entry: string;
  readonly parseResult: string;
  readonly unknownError: string;
  /** Fields every known error of the API shares (the per-code error interfaces extend it). */
  readonly knownErrorBase: string;
  readonly errorClass: string;
  /** Known or unknown error, as parseResponse reports them. */
  readonly anyError: string;
  /** What a parse result's `errors` holds: anyError less the success codes (those are in `entries` only). */
  readonly resultError: string;
  /** Guard for anyError. */
  readonly errorGuard: string;
  /** Headers surfaced on a parse result. */
  readonly responseHeaders: string;
}

export function compareCodes(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Where a code's section is on the docs site, relative to its API's docs base URL:
 * `<page>.html#<anchor>` (the runtime's entryFromRow builds the same by default). `.html` and not
 * a clean URL: it resolves on any static host, GitHub Pages and the tests' server alike.
 */
export function docsPath(docsPage: string, anchor: string): string {
  return `${encodeURIComponent(docsPage)}.html#${anchor}`;
}

/** The same section in the package's own Markdown docs, relative to the package folder. */
export function packageDocsPath(docsPage: string, anchor: string): string {
  return `docs/codes/${encodeURIComponent(docsPage)}.md#${anchor}`;
}

/** The type name of a code's `details` (the model's detailsTypeName). */
const detailsTypeNameOf = (pascal: string): string => `${pascal}Details`;
/** The export prefix of an API (the model's typePrefix). */
const prefixOf = (api: ErrcatCatalog['api']): string => api.typePrefix ?? toPascalCase(api.id);

/** What a details job is built from (emit/details.ts): an ApiModel is one. */
export interface DetailsSource {
  readonly names: Pick<ExportNames, 'detailsMap' | 'untypedDetails'>;
  readonly catalogFile: string;
  readonly codes: ReadonlyArray<Pick<CodeModel, 'code' | 'details' | 'detailsTypeName'>>;
}

/**
 * The part of a catalog's model that its details job needs, without building the model: the
 * bundled generator sends the job to its worker from this, before normalizing (~0.2 s sooner at
 * 10,000 codes). The same values normalize gives (same sort, same names; a test compares the jobs
 * built from both), schemas not copied (the job copies what it keeps).
 */
export function detailsSourceOf(catalog: ErrcatCatalog, catalogFile: string): DetailsSource {
  return {
    names: exportNames(prefixOf(catalog.api)),
    catalogFile,
    codes: [...catalog.codes]
      .sort((a, b) => compareCodes(a.code, b.code))
      .map((entry) => ({ code: entry.code, details: entry.details, detailsTypeName: detailsTypeNameOf(toPascalCase(entry.name)) })),
  };
}

export interface NormalizeInput {
  readonly catalog: ErrcatCatalog;
  readonly catalogFile: string;
  /** The package version, owned by changesets (read from the package.json already on disk). */
  readonly version: string;
  /** The docs site's url (site/site.json): required unless the catalog sets api.docsBaseUrl. */
  readonly siteUrl?: string;
}

export function normalize({ catalog, catalogFile, version, siteUrl }: NormalizeInput): ApiModel {
  const { api } = catalog;
  const prefix = prefixOf(api);
  if (api.docsBaseUrl === undefined && siteUrl === undefined) throw new Error(`${catalogFile}: no api.docsBaseUrl and no site url to derive it from`);
  const docsBaseUrl = api.docsBaseUrl ?? siteDocsBaseUrl(siteUrl as string, api.id);
  const groups: GroupModel[] = (api.groups ?? []).map(copyGroup);
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const sources = Object.entries(api.sources)
    .filter((e): e is [string, Source] => e[1] !== undefined)
    .map(([id, source]) => ({ id, ...source }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const sourceOf = (id: string): SourceModel => sourceById.get(id) ?? { id, title: id, file: id };

  // The page's title heading gets a slug too: a code must not take it as its anchor.
  const reserved = new Map<string, ReadonlySet<string>>();
  const reservedAnchors = (group: GroupModel): ReadonlySet<string> => {
    let set = reserved.get(group.id);
    if (set === undefined) reserved.set(group.id, (set = new Set([...RESERVED_PAGE_IDS, headingSlug(group.title)])));
    return set;
  };

  const codes = [...catalog.codes]
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((entry): CodeModel => {
      const pascal = toPascalCase(entry.name);
      const group = groupById.get(entry.group) ?? { id: entry.group, title: entry.group };
      const docsPage = toPageName(group.id);
      const anchor = toAnchor(entry.name, reservedAnchors(group));
      const source = sourceOf(entry.source);
      const variants = variantsOf(entry, source, sourceOf);
      return {
        code: entry.code,
        name: entry.name,
        ident: toIdentifier(entry.name),
        pascal,
        errorTypeName: `${pascal}Error`,
        detailsTypeName: detailsTypeNameOf(pascal),
        docsPage,
        anchor,
        docsUrl: docsBaseUrl + docsPath(docsPage, anchor),
        httpStatus: entry.httpStatus,
        httpStatuses: [...new Set(variants.flatMap((v) => v.httpStatuses))],
        kind: entry.kind,
        errorUnder2xx: entry.errorUnder2xx ?? false,
        message: variants[0].message,
        messageVaries: entry.messageVaries ?? false,
        messageLiterals: variants[0].messageLiterals,
        params: variants[0].params,
        variants,
        ...(entry.description !== undefined && { description: entry.description }),
        ...(entry.cause !== undefined && { cause: entry.cause }),
        ...(entry.fix !== undefined && { fix: entry.fix }),
        ...(entry.fixExempt !== undefined && { fixExempt: entry.fixExempt }),
        group,
        ...(entry.details !== undefined && { details: copyJson(entry.details) }),
        ...(entry.example !== undefined && { example: copyJson(entry.example) }),
        aliases: [...(entry.aliases ?? [])].sort(compareCodes),
        retry: { ...entry.retry },
        source,
        additionalSources: (entry.additionalSources ?? []).map(sourceOf),
        ...(entry.since !== undefined && { since: entry.since }),
        ...(entry.deprecated !== undefined && { deprecated: { ...entry.deprecated } }),
      };
    });

  return {
    id: api.id,
    title: api.title,
    description: api.description,
    packageName: api.packageName,
    version,
    typePrefix: prefix,
    catalogFile,
    docsBaseUrl,
    docsBaseUrlOverridden: api.docsBaseUrl !== undefined,
    ...(api.vendorDocsUrl !== undefined && { vendorDocsUrl: api.vendorDocsUrl }),
    envelope: structuredClone(api.envelope),
    ...(api.limits !== undefined && { limits: structuredClone(api.limits) }),
    groups,
    sources,
    codeType: api.envelope.codeType,
    codes,
    names: exportNames(prefix),
  };
}

/** The entry's own status/message/params as variant 0, then its catalog `variants`. */
function variantsOf(entry: CodeEntry, source: SourceModel, sourceOf: (id: string) => SourceModel): [VariantModel, ...VariantModel[]] {
  const variant = (index: number, v: CodeEntry | CodeVariant, own: CodeVariant | undefined): VariantModel => {
    const message = v.message ?? undefined;
    return {
      index,
      httpStatus: v.httpStatus,
      httpStatuses: [...new Set([v.httpStatus, ...(v.additionalHttpStatuses ?? [])])],
      message,
      messageLiterals: message === undefined ? [] : splitTemplate(message).literals,
      params: (v.params ?? []).map(copyParam),
      ...(own?.description !== undefined && { description: own.description }),
      source: own?.source === undefined ? source : sourceOf(own.source),
      ...(own?.example !== undefined && { example: copyJson(own.example) }),
    };
  };
  return [variant(0, entry, undefined), ...(entry.variants ?? []).map((v, i) => variant(i + 1, v, v))];
}

const copyParam = (p: Param): ParamModel => ({ ...p });

function copyGroup(group: Group): GroupModel {
  return { id: group.id, title: group.title, ...(group.description !== undefined && { description: group.description }) };
}

export function exportNames(prefix: string): ExportNames {
  return {
    apiId: `${prefix}ApiId`,
    codeUnion: `${prefix}Code`,
    codeEnum: `${prefix}ErrorCode`,
    codeObject: `${prefix}Codes`,
    codeList: `${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}CodeList`,
    errorUnion: `${prefix}Error`,
    errorMap: `${prefix}ErrorMap`,
    detailsMap: `${prefix}DetailsMap`,
    paramsMap: `${prefix}ParamsMap`,
    namedParamsMap: `${prefix}NamedParamsMap`,
    variantParamsMap: `${prefix}VariantParamsMap`,
    variantIndexMap: `${prefix}VariantIndexMap`,
    untypedDetails: `${prefix}UntypedDetails`,
    entry: `${prefix}Entry`,
    parseResult: `${prefix}ParseResult`,
    unknownError: `${prefix}UnknownError`,
    knownErrorBase: `${prefix}KnownErrorBase`,
    errorClass: `${prefix}ApiError`,
    anyError: `${prefix}AnyError`,
    resultError: `${prefix}ResultError`,
    errorGuard: `is${prefix}Error`,
    responseHeaders: `${prefix}ResponseHeaders`,
  };
}
