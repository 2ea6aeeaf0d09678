// Generated from test/fixtures/mini/mini.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `MiniDetailsMap[C]`.
 */
export interface MiniDetailsMap {
  "0": MiniUntypedDetails
  "3": MiniUntypedDetails
  "7": MissingFieldDetails
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface MiniUntypedDetails {
  [k: string]: unknown
}
export interface MissingFieldDetails {
  field: string
}
