/**
 * The site's navigation and sidebar (site/.vitepress/nav.mts): VitePress renders their `text` as
 * HTML, so a catalog title with markup must reach it escaped, or it would run on every page.
 */
import { describe, expect, it } from 'vitest';
import { htmlText, nav, sidebar } from '../../site/.vitepress/nav.mjs';

const hostile = {
  apis: [
    {
      id: 'hyper',
      title: 'Hyper <img src=x onerror=alert(1)> & "Co"',
      packageName: '@errcat/hyper',
      codes: 35,
      link: '/hyper/',
      pages: [{ title: "Errors <script>alert('x')</script>", link: '/hyper/errors', codes: 3 }],
    },
  ],
};

describe('site navigation', () => {
  it('escapes the characters HTML gives meaning to', () => {
    expect(htmlText(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(htmlText('Zoho CRM (v8)')).toBe('Zoho CRM (v8)');
  });

  it('nav and sidebar carry catalog titles as text, never as markup', () => {
    const texts = JSON.stringify([nav(hostile), sidebar(hostile)]);
    expect(texts).not.toMatch(/<img|<script/);
    expect(nav(hostile)[0]).toEqual({ text: 'APIs', items: [{ text: 'Hyper &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot; (35)', link: '/hyper/' }] });
    expect(sidebar(hostile)['/hyper/']).toEqual([
      {
        text: 'Hyper &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;',
        items: [
          { text: 'Overview', link: '/hyper/' },
          { text: 'Errors &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; (3)', link: '/hyper/errors' },
        ],
      },
    ]);
  });
});
