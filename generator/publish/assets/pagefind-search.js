// Search box for `extra: archive: search: pagefind` (see README): Pagefind's own UI, placed in
// Material's header, with a result per comment (sub-results come from the comment headings' ids).
(function () {
  "use strict";
  const script = document.querySelector('script[src*="pagefind/pagefind-ui.js"]');
  const header = document.querySelector(".md-header__inner");
  if (!script || !header || typeof PagefindUI === "undefined") return;
  const bundle = new URL(".", script.src);
  const box = document.createElement("div");
  box.className = "archive-search";
  box.id = "archive-search";
  const source = header.querySelector(".md-header__source");
  header.insertBefore(box, source);
  new PagefindUI({
    element: "#archive-search",
    bundlePath: bundle.pathname,
    // Result links relative to the site root, wherever the site is served from.
    baseUrl: new URL("..", bundle).pathname,
    showSubResults: true,
    // Four discussions a query (each with its matching comments): every result shown costs a
    // fragment of its page's text (~27 KB), and the first query must stay under 300 KB.
    // Keep in step with RESULTS_SHOWN in generator/search.py.
    pageSize: 4,
    showImages: false,
    resetStyles: false,
  });
})();
