// Stands in for prettier inside codegen/dist/errcat.mjs (see bundle.mjs): json-schema-to-typescript
// loads prettier eagerly, but errcat calls it with format: false, so prettier never runs and is not bundled.
'use strict';
exports.format = () => {
  throw new Error('errcat bundles json-schema-to-typescript without prettier: call compile() with format: false');
};
