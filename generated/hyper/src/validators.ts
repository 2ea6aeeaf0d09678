// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import { table } from '@errcat/runtime';
import type { DetailsValidator } from '@errcat/runtime';

/** Details validators by canonical code; codes without a details schema have none. */
export const detailsValidators = /* @__PURE__ */ table<{ readonly [code: string]: DetailsValidator | undefined }>({
});
