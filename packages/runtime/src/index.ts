export * from './types.js';
export { table, normalizeCode } from './table.js';
export { splitTemplate, countPlaceholders, formatTemplate, matchTemplate, type SplitTemplate } from './template.js';
