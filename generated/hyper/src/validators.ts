// Generated from catalog/hyper.json by `pnpm generate`. Do not edit: change the catalog and regenerate.

import type { DetailsValidators } from '@errcat/runtime';

/** No code declares a details schema that checks more than "an object": detailsOf only checks that details are an object, and bundles no validator. */
export const detailsValidators: DetailsValidators | undefined = undefined;
