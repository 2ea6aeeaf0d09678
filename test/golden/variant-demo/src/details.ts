// Generated from test/fixtures/variants/variant-demo.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

export type UndocumentedDetails = string[]

/**
 * The `details` type of every code, read by indexed access: `VariantDemoDetailsMap[C]`.
 */
export interface VariantDemoDetailsMap {
  "1000": VariantDemoUntypedDetails
  "1040": VariantDemoUntypedDetails
  "2000": UndocumentedDetails
  "3000": VariantDemoUntypedDetails
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface VariantDemoUntypedDetails {
  [k: string]: unknown
}
