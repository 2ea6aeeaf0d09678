/**
 * The part of JSON Schema (draft 2020-12) a catalog's `details` schemas may use, as the data
 * generated packages ship (catalog/catalog.schema.json, `$defs/DetailsSubschema`, is the source
 * of truth; annotations are dropped before schemas reach a package).
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** A details schema or subschema: `true` accepts anything, `false` nothing. */
export type DetailsSchema = boolean | DetailsSchemaObject;

export interface DetailsSchemaObject {
  readonly type?: JsonType | readonly JsonType[];
  readonly properties?: { readonly [name: string]: DetailsSchema | undefined };
  readonly required?: readonly string[];
  readonly additionalProperties?: DetailsSchema;
  readonly items?: DetailsSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Matched with the `u` flag, unanchored (as ajv does). */
  readonly pattern?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly anyOf?: readonly DetailsSchema[];
  readonly oneOf?: readonly DetailsSchema[];
  readonly allOf?: readonly DetailsSchema[];
  readonly not?: DetailsSchema;
  /** `#` (the root schema) or `#/$defs/<name>` (an entry of the root's `$defs`). */
  readonly $ref?: string;
  readonly $defs?: { readonly [name: string]: DetailsSchema | undefined };
}
