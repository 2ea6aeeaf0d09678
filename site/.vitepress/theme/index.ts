// The default theme, plus the few styles the generated pages use (message templates, parameters),
// and one guard for docs links that open a code's section.
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import './errcat.css';


/**
 * A code's docs link (`…/bad-request.html#duplicate_data`) must open with its heading below the
 * nav bar. VitePress scrolls there once, right after the page module loads, from the layout of
 * that moment; when the web fonts arrive later, the text above reflows (~114 px shorter on
 * zoho-accounts' migration page) and the heading ends up under the nav bar or above the screen:
 * about one load in ten in the browser test ("a code's docs URL opens with its section in view").
 * So while the page settles (until a few seconds after load), each time the document's size
 * changes, and once its fonts are ready, a fragment target out of place is scrolled to again,
 * the way VitePress does it. A reader who has started scrolling is left alone.
 */
function keepFragmentInView(scrollOffset: number): void {
  if (location.hash.length < 2) return;
  let done = false;
  const stop = (): void => {
    done = true;
    observer.disconnect();
  };
  for (const type of ['wheel', 'touchmove', 'keydown', 'mousedown'] as const) window.addEventListener(type, stop, { once: true, passive: true });
  const place = (): void => {
    if (done) return;
    let target: HTMLElement | null = null;
    try {
      target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      return; // A malformed escape in the fragment: nothing to find.
    }
    if (target === null) return;
    const top = target.getBoundingClientRect().top;
    const nav = document.querySelector('.VPNav')?.getBoundingClientRect().height ?? 0;
    if (top >= nav && top < window.innerHeight) return;
    const padding = Number.parseInt(getComputedStyle(target).paddingTop, 10) || 0;
    window.scrollTo(0, window.scrollY + top - scrollOffset + padding);
  };
  const observer = new ResizeObserver(() => requestAnimationFrame(place));
  observer.observe(document.documentElement);
  void document.fonts.ready.then(() => requestAnimationFrame(place));
  const settled = (): void => {
    requestAnimationFrame(place);
    setTimeout(stop, 3000);
  };
  if (document.readyState === 'complete') settled();
  else window.addEventListener('load', settled, { once: true });
}

export default {
  extends: DefaultTheme,
  enhanceApp({ siteData }) {
    // The offset VitePress scrolls with (its config's `scrollOffset`, 134 by default); the other
    // forms it accepts (selectors) are not used here.
    const offset = siteData.value.scrollOffset;
    if (typeof window !== 'undefined') keepFragmentInView(typeof offset === 'number' ? offset : 134);
  },
} satisfies Theme;
