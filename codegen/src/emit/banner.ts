/** Every generated file names its source and the command that regenerates it. */
export function bannerText(catalogFile: string): string {
  return `Generated from ${catalogFile} by \`pnpm generate\`. Do not edit: change the catalog and regenerate.`;
}

export const tsBanner = (catalogFile: string): string => `// ${bannerText(catalogFile)}\n`;
export const mdBanner = (catalogFile: string): string => `<!-- ${bannerText(catalogFile)} -->\n`;
