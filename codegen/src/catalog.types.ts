/* Generated from catalog/catalog.schema.json by `pnpm generate:schema-types`. Do not edit. */

/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "HttpStatus".
 */
export type HttpStatus = number;
/**
 * The code exactly as it travels on the wire.
 *
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "CodeValue".
 */
export type CodeValue = string | number;
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "JsonType".
 */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
/**
 * The part of JSON Schema (draft 2020-12) a details schema may use: @errcat/runtime checks details against it at run time, without ajv, and reports problems in ajv's words. Annotations (title, description, examples, default, $comment, deprecated, readOnly, writeOnly, format) are allowed and not checked; any other keyword is an error. `$ref` is `#` (the root) or `#/$defs/<name>` (an entry of the root's `$defs`).
 *
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "DetailsSubschema".
 */
export type DetailsSubschema =
  | {
      /**
       * One JSON type, or a list of them.
       *
       * @minItems 1
       */
      type?: string | [JsonType, ...JsonType[]];
      properties?: {
        [k: string]: DetailsSubschema | undefined;
      };
      required?: string[];
      additionalProperties?: DetailsSubschema;
      items?: DetailsSubschema;
      /**
       * @minItems 1
       */
      enum?: [unknown, ...unknown[]];
      const?: unknown;
      minimum?: number;
      maximum?: number;
      exclusiveMinimum?: number;
      exclusiveMaximum?: number;
      multipleOf?: number;
      minLength?: Count;
      maxLength?: Count;
      /**
       * A regular expression, matched with the u flag (as ajv does).
       */
      pattern?: string;
      minItems?: Count;
      maxItems?: Count;
      minProperties?: Count;
      maxProperties?: Count;
      /**
       * @minItems 1
       */
      anyOf?: [DetailsSubschema, ...DetailsSubschema[]];
      /**
       * @minItems 1
       */
      oneOf?: [DetailsSubschema, ...DetailsSubschema[]];
      /**
       * @minItems 1
       */
      allOf?: [DetailsSubschema, ...DetailsSubschema[]];
      not?: DetailsSubschema;
      /**
       * `#` or `#/$defs/<name>`.
       */
      $ref?: string;
      $defs?: {
        [k: string]: DetailsSubschema | undefined;
      };
      title?: string;
      description?: string;
      $comment?: string;
      examples?: unknown[];
      default?: unknown;
      deprecated?: boolean;
      readOnly?: boolean;
      writeOnly?: boolean;
      /**
       * An annotation only: details are not checked against formats.
       */
      format?: string;
    }
  | boolean;
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Count".
 */
export type Count = number;
/**
 * The part of JSON Schema (draft 2020-12) a details schema may use: @errcat/runtime checks details against it at run time, without ajv, and reports problems in ajv's words. Annotations (title, description, examples, default, $comment, deprecated, readOnly, writeOnly, format) are allowed and not checked; any other keyword is an error. `$ref` is `#` (the root) or `#/$defs/<name>` (an entry of the root's `$defs`).
 *
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "DetailsSchema".
 */
export type DetailsSubschema1 =
  | {
      /**
       * One JSON type, or a list of them.
       *
       * @minItems 1
       */
      type?: string | [JsonType, ...JsonType[]];
      properties?: {
        [k: string]: DetailsSubschema | undefined;
      };
      required?: string[];
      additionalProperties?: DetailsSubschema;
      items?: DetailsSubschema;
      /**
       * @minItems 1
       */
      enum?: [unknown, ...unknown[]];
      const?: unknown;
      minimum?: number;
      maximum?: number;
      exclusiveMinimum?: number;
      exclusiveMaximum?: number;
      multipleOf?: number;
      minLength?: Count;
      maxLength?: Count;
      /**
       * A regular expression, matched with the u flag (as ajv does).
       */
      pattern?: string;
      minItems?: Count;
      maxItems?: Count;
      minProperties?: Count;
      maxProperties?: Count;
      /**
       * @minItems 1
       */
      anyOf?: [DetailsSubschema, ...DetailsSubschema[]];
      /**
       * @minItems 1
       */
      oneOf?: [DetailsSubschema, ...DetailsSubschema[]];
      /**
       * @minItems 1
       */
      allOf?: [DetailsSubschema, ...DetailsSubschema[]];
      not?: DetailsSubschema;
      /**
       * `#` or `#/$defs/<name>`.
       */
      $ref?: string;
      $defs?: {
        [k: string]: DetailsSubschema | undefined;
      };
      title?: string;
      description?: string;
      $comment?: string;
      examples?: unknown[];
      default?: unknown;
      deprecated?: boolean;
      readOnly?: boolean;
      writeOnly?: boolean;
      /**
       * An annotation only: details are not checked against formats.
       */
      format?: string;
    }
  | boolean;

/**
 * One vendor API's error catalog: every code it sends, its HTTP status, message template and details shape.
 */
export interface ErrcatCatalog {
  /**
   * Path to this schema, so editors validate as you type.
   */
  $schema: string;
  api: ApiInfo;
  /**
   * Every code the vendor documents, errors or not.
   *
   * @minItems 1
   */
  codes: [CodeEntry, ...CodeEntry[]];
}
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Api".
 */
export interface ApiInfo {
  /**
   * Stable kebab-case id; also the folder name under generated/.
   */
  id: string;
  title: string;
  /**
   * npm name of the generated package.
   */
  packageName: string;
  /**
   * PascalCase prefix for exported type names (e.g. ZohoCrm). Derived from id when absent.
   */
  typePrefix?: string;
  description: string;
  vendorDocsUrl?: string;
  /**
   * Leave out for an API on errcat's docs site: its pages are then at the url of site/site.json + <id>/. Set only for a catalog whose pages are published elsewhere. A code's docs link is docsBaseUrl + <group id>.html#<anchor>, the anchor being the code's name in lower case (prefixed with code- where that is the id of a heading on the page).
   */
  docsBaseUrl?: string;
  /**
   * The vendor documents the entries were transcribed from, keyed by the id each entry's `source` names.
   */
  sources: {
    [k: string]: Source | undefined;
  };
  envelope: EnvelopeSpec;
  limits?: ApiLimits;
  /**
   * Display order and descriptions of the groups codes are filed under.
   */
  groups?: Group[];
}
/**
 * A vendor document entries were transcribed from: its page (url) or a captured copy / spec file (file, relative to shared/); at least one of the two (lint rule source-location).
 *
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  title: string;
  /**
   * Path of the captured page, relative to shared/.
   */
  file?: string;
  /**
   * The vendor page, http(s).
   */
  url?: string;
}
/**
 * How the vendor lays out an error body, so one data-driven parser reads every API.
 *
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Envelope".
 */
export interface EnvelopeSpec {
  /**
   * Property that carries the code.
   */
  codeField: string;
  /**
   * How codes travel on the wire. `integer` codes may also arrive as (zero-padded) digit strings; `string` codes sent as a number are read as its decimal text.
   */
  codeType: 'string' | 'integer';
  /**
   * Properties that may carry the message, tried in order; a property holding an array of strings gives their text joined by "; ".
   *
   * @minItems 1
   */
  messageFields: [string, ...string[]];
  /**
   * Property that carries structured details.
   */
  detailsField?: string;
  /**
   * Property that carries a per-entry outcome word (e.g. `"status": "error"`).
   */
  statusField?: string;
  /**
   * Top-level array properties holding one result per record of the request. `*` accepts any array of objects that carry the code field.
   */
  recordArrays?: string[];
  /**
   * Further places entries sit, as paths: dot-separated property names, `[]` after a name iterates that array, `[][]` an array of arrays (e.g. `portal_invite[].data[]`, `users[][]`, `data[].result`, `error`). Every object found there is read as an entry.
   */
  entryPaths?: string[];
  /**
   * Path inside an entry (dot-separated) to an array of entries that hold the real causes.
   */
  nestedErrorsPath?: string;
  /**
   * HTTP statuses that mean partial success (some records failed).
   */
  partialStatuses?: HttpStatus[];
  /**
   * HTTP statuses whose empty body means success with no content.
   */
  emptyBodyStatuses?: HttpStatus[];
  /**
   * Response headers worth surfacing on every result, keyed by the name the result exposes them under.
   */
  headers?: {
    [k: string]: HeaderSpec | undefined;
  };
  /**
   * A representative error body.
   */
  example?: {} | unknown[];
}
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "HeaderSpec".
 */
export interface HeaderSpec {
  header: string;
  type: 'integer' | 'string' | 'seconds-or-date';
  description: string;
}
/**
 * What the vendor documents about rate and credit limits.
 *
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Limits".
 */
export interface ApiLimits {
  summary?: string;
  items?: {
    name: string;
    description: string;
    /**
     * Values per edition or tier.
     */
    values?: {
      [k: string]: number | string | undefined;
    };
    source?: string;
  }[];
}
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Group".
 */
export interface Group {
  id: string;
  title: string;
  description?: string;
}
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "CodeEntry".
 */
export interface CodeEntry {
  code: CodeValue;
  /**
   * Symbolic name: enum member and the stem of type names. Letters, digits and underscores.
   */
  name: string;
  /**
   * The HTTP status the vendor sends this code with. Use additionalHttpStatuses for others.
   */
  httpStatus: number;
  additionalHttpStatuses?: HttpStatus[];
  kind: 'success' | 'partial' | 'error';
  /**
   * Set when the vendor documents this error under a 2xx status; otherwise an error must not be 2xx.
   */
  errorUnder2xx?: boolean;
  /**
   * Message template of the primary variant as the vendor sends it, or null when the vendor documents no message for the code. Run-time parts are %s (one per entry of params, in order); %% is a literal percent sign.
   */
  message: string | null;
  /**
   * The vendor sends different wording at run time (e.g. per API); message is the typical text.
   */
  messageVaries?: boolean;
  params?: Param[];
  /**
   * Further documented (HTTP status, message) combinations of this code. The entry's own httpStatus, additionalHttpStatuses, message and params are the primary variant (index 0); these follow it, in order (indexes 1, 2, …).
   *
   * @minItems 1
   */
  variants?: [CodeVariant, ...CodeVariant[]];
  /**
   * What the code means, as the vendor explains it; leave it out when the vendor gives no explanation.
   */
  description?: string;
  cause?: string;
  fix?: string;
  /**
   * Why the vendor gives no fix for this error (lint: every error has a fix or an exemption).
   */
  fixExempt?: string;
  /**
   * Id of a group in api.groups.
   */
  group: string;
  details?: DetailsSchema;
  /**
   * A response body with this code: as the vendor shows it, or, where the vendor shows none, assembled from the documented code and message. An assembled body fills no %s: a parameter's value would be invented.
   */
  example?: {} | unknown[];
  /**
   * Other spellings of the code the vendor uses; the parser accepts them too.
   */
  aliases?: CodeValue[];
  retry: RetrySpec;
  /**
   * Key of api.sources the entry comes from.
   */
  source: string;
  /**
   * Keys of further api.sources that document this code as well.
   */
  additionalSources?: string[];
  /**
   * Catalog version that first listed the code.
   */
  since?: string;
  deprecated?: Deprecation;
}
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Param".
 */
export interface Param {
  name: string;
  description: string;
  example?: string;
  /**
   * Value used when a caller leaves the parameter out.
   */
  default?: string;
}
/**
 * One more documented way the vendor sends a code: its HTTP status(es), message and parameters.
 *
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Variant".
 */
export interface CodeVariant {
  httpStatus: HttpStatus;
  additionalHttpStatuses?: HttpStatus[];
  /**
   * Message template, as for the code's own message (%s per parameter).
   */
  message: string;
  params?: Param[];
  /**
   * When the vendor says when this variant is sent.
   */
  description?: string;
  /**
   * Key of api.sources documenting this variant; default: the code's source.
   */
  source?: string;
  /**
   * A response body with this variant: as the vendor shows it, or, where the vendor shows none, assembled from the documented code and message. An assembled body fills no %s: a parameter's value would be invented.
   */
  example?: {} | unknown[];
}
/**
 * JSON Schema of the entry's details object, in the subset errcat checks at run time.
 */
export interface DetailsSchema {
  /**
   * One JSON type, or a list of them.
   *
   * @minItems 1
   */
  type?: string | [JsonType, ...JsonType[]];
  properties?: {
    [k: string]: DetailsSubschema | undefined;
  };
  required?: string[];
  additionalProperties?: DetailsSubschema;
  items?: DetailsSubschema;
  /**
   * @minItems 1
   */
  enum?: [unknown, ...unknown[]];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: Count;
  maxLength?: Count;
  /**
   * A regular expression, matched with the u flag (as ajv does).
   */
  pattern?: string;
  minItems?: Count;
  maxItems?: Count;
  minProperties?: Count;
  maxProperties?: Count;
  /**
   * @minItems 1
   */
  anyOf?: [DetailsSubschema, ...DetailsSubschema[]];
  /**
   * @minItems 1
   */
  oneOf?: [DetailsSubschema, ...DetailsSubschema[]];
  /**
   * @minItems 1
   */
  allOf?: [DetailsSubschema, ...DetailsSubschema[]];
  not?: DetailsSubschema;
  /**
   * `#` or `#/$defs/<name>`.
   */
  $ref?: string;
  $defs?: {
    [k: string]: DetailsSubschema | undefined;
  };
  title?: string;
  description?: string;
  $comment?: string;
  examples?: unknown[];
  default?: unknown;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  /**
   * An annotation only: details are not checked against formats.
   */
  format?: string;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Retry".
 */
export interface RetrySpec {
  /**
   * never: retrying the same request fails again; after-delay: wait, then retry; after-reauth: retrying with the same credentials fails again: get new ones (reauth says how), then retry.
   */
  strategy: 'never' | 'after-delay' | 'after-reauth';
  /**
   * How to get new credentials; required with after-reauth, and only there. refresh: the access token expired: a refresh token gets a new one. authorize: refreshing cannot help (the grant or refresh token itself is unusable, the token lacks a scope, the credentials are wrong): run the authorization again, with a person where it needs one.
   */
  reauth?: 'refresh' | 'authorize';
  /**
   * Suggested wait when the response carries no Retry-After.
   */
  delaySeconds?: number;
  note?: string;
}
/**
 * This interface was referenced by `ErrcatCatalog`'s JSON-Schema
 * via the `definition` "Deprecation".
 */
export interface Deprecation {
  reason: string;
  replacedBy?: CodeValue;
}
