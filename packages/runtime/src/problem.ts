/** RFC 9457 problem details for a parsed error, for APIs that pass vendor errors on to their own clients. */
import type { CodeEntry, UnknownReason, WireCode } from './types.js';

/**
 * `type` is the code's reference page (`about:blank` for codes the catalog does not know), `title`
 * names the code's kind of problem and is the same for every occurrence, `detail` is this
 * occurrence's message. `code` (the code as sent, known or not), `details` (and `index`, `reason`) are extension members.
 */
export interface ErrcatProblemDetails<C = WireCode | undefined, D = unknown> {
  readonly type: string;
  readonly title: string;
  /** 4xx or 5xx only: left out when neither the response nor the code's documented statuses give one. */
  readonly status?: number;
  readonly detail: string;
  readonly code: C;
  readonly details: D;
  /** Position of the record in the request, for per-record errors. */
  readonly index?: number;
  /** Why the catalog could not type the error (unknown errors only). */
  readonly reason?: UnknownReason;
}

/** The fields toProblemDetails reads: every parsed errcat error has them. */
export interface ProblemInput {
  readonly code: WireCode | undefined;
  /** The code as sent, for unknown errors (whose `code` is undefined). */
  readonly rawCode?: WireCode | undefined;
  readonly message: string;
  readonly status: number | undefined;
  readonly details: unknown;
  readonly entry: CodeEntry | undefined;
  readonly index?: number;
  readonly reason?: UnknownReason;
}

const PHRASES: { readonly [status: number]: string | undefined } = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** `DATATYPE_MISMATCH` → "Datatype mismatch", `invalidToken` → "Invalid token". */
export function humanizeName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The problem's status: the response's when it is 4xx or 5xx; else the code's first documented
 * status that is (a per-record error inside a 200/207 response); else none (an error the vendor
 * only ever sends under 200, as Zoho Accounts does): a problem document that says 200 would tell
 * the client nothing went wrong, and RFC 9457 lets `status` be left out.
 */
function problemStatus(error: ProblemInput): number | undefined {
  return isErrorStatus(error.status) ? error.status : error.entry?.statuses.find(isErrorStatus);
}

/** 4xx or 5xx: a problem's status is never a success, an informational or a redirection one. */
const isErrorStatus = (status: number | undefined): status is number => status !== undefined && status >= 400 && status <= 599;

export function toProblemDetails<E extends ProblemInput>(error: E): ErrcatProblemDetails<E['code'] | E['rawCode'], E['details']> {
  const { entry } = error;
  const status = problemStatus(error);
  const title =
    entry !== undefined
      ? humanizeName(entry.name)
      : ((status === undefined ? undefined : PHRASES[status]) ?? 'Unrecognised error response');
  return {
    type: entry === undefined ? 'about:blank' : entry.docs,
    title,
    ...(status !== undefined && { status }),
    detail: error.message,
    code: error.code ?? error.rawCode,
    details: error.details,
    ...(error.index !== undefined && { index: error.index }),
    ...(entry === undefined && error.reason !== undefined && { reason: error.reason }),
  };
}
