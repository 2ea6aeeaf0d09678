/** Names a generated package re-exports from @errcat/runtime (parse.ts), shared with the lint rules that reserve them. */

/**
 * Runtime types the package's public signatures reach, re-exported so that a consumer's
 * declaration emit can name them through this package: under pnpm @errcat/runtime is not the
 * consumer's own dependency, and an inferred type only it exports fails with TS2742/TS2883.
 */
export const REEXPORTED_TYPES = [
  'AnyErrcatParseResult',
  'BackoffOptions',
  'CodeEntry',
  'CodeVariant',
  'DetailsIssue',
  'ErrcatApiError',
  'ErrcatBody',
  'ErrcatBodyHolder',
  'ErrcatError',
  'ErrcatFetchInit',
  'ErrcatHeaders',
  'ErrcatKnownError',
  'ErrcatNotABody',
  'ErrcatParseInit',
  'ErrcatParseResult',
  'ErrcatParseWarning',
  'ErrcatProblemDetails',
  'ErrcatUnknownError',
  'FetchResponseLike',
  'ReauthMethod',
  'Received',
  'RetryAdvice',
  'UnknownReason',
  'WireCode',
] as const;
