// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

/**
 * The `details` type of every code, read by indexed access: `HyperDetailsMap[C]`.
 */
export interface HyperDetailsMap {
  "0": HyperUntypedDetails
  "1": HyperUntypedDetails
  "2": HyperUntypedDetails
  "3": HyperUntypedDetails
  "4": HyperUntypedDetails
  "5": HyperUntypedDetails
  "6": HyperUntypedDetails
  "7": HyperUntypedDetails
  "8": HyperUntypedDetails
  "9": HyperUntypedDetails
  "10": HyperUntypedDetails
  "11": HyperUntypedDetails
  "12": HyperUntypedDetails
  "13": HyperUntypedDetails
  "14": HyperUntypedDetails
  "15": HyperUntypedDetails
  "16": HyperUntypedDetails
  "17": HyperUntypedDetails
  "18": HyperUntypedDetails
  "20": HyperUntypedDetails
  "21": HyperUntypedDetails
  "22": HyperUntypedDetails
  "23": HyperUntypedDetails
  "24": HyperUntypedDetails
  "25": HyperUntypedDetails
  "26": HyperUntypedDetails
  "27": HyperUntypedDetails
  "28": HyperUntypedDetails
  "29": HyperUntypedDetails
  "30": HyperUntypedDetails
  "31": HyperUntypedDetails
  "32": HyperUntypedDetails
  "40": HyperUntypedDetails
  "41": HyperUntypedDetails
  "50": HyperUntypedDetails
}
/**
 * Details of a code whose catalog entry declares no shape.
 */
export interface HyperUntypedDetails {
  [k: string]: unknown
}
