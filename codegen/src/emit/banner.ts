/** Every generated file names its source and the command that regenerates it. */
import { lineCommentText } from './quote.js';

/** What every banner says, whatever its catalog: how write.ts tells a generated file from someone else's. */
export const BANNER_MARK = 'by `pnpm generate`. Do not edit: change the catalog and regenerate.';

/**
 * One line of text, whatever the catalog's file name holds: the banner is a `//` comment in TS
 * and tsconfig files, where a line break in the name would end the comment.
 */
export function bannerText(catalogFile: string): string {
  return `Generated from ${lineCommentText(catalogFile)} ${BANNER_MARK}`;
}

export const tsBanner = (catalogFile: string): string => `// ${bannerText(catalogFile)}\n`;
/** `>` is percent-encoded in the name: `-->` in it would close the HTML comment early. */
export const mdBanner = (catalogFile: string): string => `<!-- ${bannerText(catalogFile.replace(/>/g, '%3E'))} -->\n`;
