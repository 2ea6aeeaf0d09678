// Generated from test/fixtures/hostile/hostile.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `HostileDetailsMap[C]`.
 */
export interface HostileDetailsMap {
  "\"quoted\"": QuotedDetails
  "${inject}": HostileUntypedDetails
  "9LIVES": HostileUntypedDetails
  "<script>alert(1)</script>": HostileUntypedDetails
  OK: HostileUntypedDetails
  __proto__: HostileUntypedDetails
  "back\\slash": HostileUntypedDetails
  constructor: HostileUntypedDetails
  delete: HostileUntypedDetails
  "end*/comment": HostileUntypedDetails
  "line sep": HostileUntypedDetails
  "pipe|code": HostileUntypedDetails
  "tick`s": HostileUntypedDetails
}
export interface QuotedDetails {
  /**
   * Prop *\/ desc Quotes " and ' and `backticks` and ${template} and *\/ end and \ backslash and
   *  line sep and | pipe and <script>alert(1)</script> & \@tag # hash [link](x) *bold* _u_
   */
  "we\"ird": string
  "*/"?: number
  __proto__?: string
  normal_key?: string[]
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface HostileUntypedDetails {
  [k: string]: unknown
}
