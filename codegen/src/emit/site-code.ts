/**
 * One code's section on the docs site: the view its group page's template (site-group.md.hbs)
 * renders. Text is Markdown escaped by markdown.ts; the message template is one line of HTML
 * (an HTML block, which Markdown leaves alone) with each parameter highlighted. Pages are wrapped
 * in a `v-pre` container (see the templates), so Vue never reads catalog text as `{{ }}` syntax.
 */
import type { ApiModel, CodeModel, VariantModel } from '../model.js';
import { UNDOCUMENTED_MESSAGE } from './code-doc.js';
import { codeFacts, codeSnippet, codeSourcesMarkdown, detailsMarkdown, exampleFence, NO_DESCRIPTION, replacementMarkdown, variantLabel } from './docs-parts.js';
import { mdBlock, mdCell, mdCode, mdCodeSpan, mdFence, mdInline } from './markdown.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML that stays on one line: entities for markup characters, line breaks as `&#10;`
 * (the message block is `white-space: pre-wrap`; a raw blank line would end the HTML block).
 */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch).replace(/\r\n?|\n|\u2028|\u2029/g, '&#10;');
}

/** A variant's message template as one line of HTML: literal text, and each `%s` shown as its parameter's name, highlighted. */
export function messageHtml(v: Pick<VariantModel, 'message' | 'messageLiterals' | 'params'>): string {
  if (v.message === undefined) return `<div class="errcat-message errcat-undocumented"><em>${htmlText(UNDOCUMENTED_MESSAGE)}</em></div>`;
  const parts: string[] = [];
  v.messageLiterals.forEach((literal, i) => {
    parts.push(htmlText(literal));
    if (i === v.messageLiterals.length - 1) return;
    const param = v.params[i];
    const name = param?.name ?? `param${i + 1}`;
    const title = param === undefined ? '' : ` title="${htmlText(param.description)}"`;
    parts.push(`<span class="errcat-param"${title}>{${htmlText(name)}}</span>`);
  });
  return `<div class="errcat-message"><code>${parts.join('')}</code></div>`;
}

/** Each documented variant: its label (when the code has several), message and parameters. */
function variantViews(c: CodeModel) {
  return c.variants.map((v) => ({
    label: c.variants.length === 1 ? null : variantLabel(v, c),
    message: messageHtml(v),
    example: exampleFence(v.example),
    // The Example column only where a parameter has one: no catalog gives any yet, and an empty
    // column took a quarter of every table.
    paramExamples: v.params.some((p) => p.example !== undefined),
    params:
      v.params.length === 0
        ? null
        : v.params.map((p, i) => ({
            position: i + 1,
            name: mdCode(p.name),
            description: mdCell(p.description) + (p.default === undefined ? '' : ` (default ${mdCode(p.default)})`),
            example: p.example === undefined ? '' : mdCode(p.example),
          })),
  }));
}

/**
 * Paragraphs of catalog text on a site page: mdBlock, and a line that starts with `:` escaped, so
 * that no catalog text opens or closes a VitePress container (`::: …`, the pages' `:::: v-pre`).
 */
export function siteBlock(text: string): string {
  return mdBlock(text).replace(/^:/gm, '\\:');
}

/** A link from one site page to a code's section, as a Markdown link VitePress checks and rewrites (`./<page>.md#<anchor>`). */
export const siteCodeLink = (c: CodeModel): string => `./${encodeURIComponent(c.docsPage)}.md#${c.anchor}`;

export function siteCodeView(api: ApiModel, c: CodeModel, byCode: ReadonlyMap<string | number, CodeModel>) {
  const replacedBy = replacementMarkdown(c, byCode, siteCodeLink);
  const details = detailsMarkdown(c);
  return {
    /** VitePress's custom heading id: anchors are [a-z0-9_-], nothing to escape. */
    headingId: `{#${c.anchor}}`,
    heading: `${mdCodeSpan(String(c.code))}${String(c.code) === c.name ? '' : ` ${mdInline(c.name)}`}`,
    deprecatedBadge: c.deprecated !== undefined,
    ...codeFacts(c),
    deprecated: c.deprecated === undefined ? null : mdInline(c.deprecated.reason) + (replacedBy === undefined ? '' : ` Replaced by ${replacedBy}.`),
    source: [c.source, ...c.additionalSources].some((x) => x.url !== undefined) ? codeSourcesMarkdown(c) : `${codeSourcesMarkdown(c)} (the catalog records no public URL for it)`,
    variants: variantViews(c),
    messageVaries: c.messageVaries,
    description: c.description === undefined ? NO_DESCRIPTION : siteBlock(c.description),
    cause: c.cause === undefined ? null : siteBlock(c.cause),
    fix: c.fix !== undefined ? siteBlock(c.fix) : c.fixExempt !== undefined ? `No fix: ${mdInline(c.fixExempt)}` : null,
    details: details === undefined ? null : details.table,
    detailsSchema: details?.schema === undefined ? null : mdFence(details.schema, 'json'),
    example: exampleFence(c.example),
    snippet: mdFence(codeSnippet(api, c), 'ts'),
  };
}
