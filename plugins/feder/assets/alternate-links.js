/*
 * Keep Material for MkDocs from fetching a sitemap for every <link rel="alternate">.
 *
 * On DOMContentLoaded, Material's bundle reads every link[rel=alternate] and fetches
 * `sitemap.xml` next to it, for its own language selector, which expects alternates to
 * be language roots. feder's alternates are per-page translations (hreflang) and feeds,
 * so each of those fetches would fail, and they would go to the canonical host even
 * when the site is previewed elsewhere. feder links translations directly instead.
 *
 * This listener is registered in <head>, so it runs before Material's: it hides the
 * links from Material's scan and restores them as soon as all DOMContentLoaded
 * handlers have run. The served HTML and the final DOM are unchanged.
 */
document.addEventListener("DOMContentLoaded", function () {
  var links = Array.prototype.slice.call(document.querySelectorAll("link[rel=alternate]"))
  links.forEach(function (link) { link.setAttribute("rel", "feder-alternate") })
  setTimeout(function () {
    links.forEach(function (link) { link.setAttribute("rel", "alternate") })
  }, 0)
}, { once: true })
