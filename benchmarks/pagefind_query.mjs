// Run one Pagefind query the way a reader's browser does, against a site served over HTTP.
// Usage: node pagefind_query.mjs SITE_DIR BASE_URL QUERY SHOWN → JSON: the first SHOWN result
// pages (each loads its fragment, as the search box does) and their anchors.
import { pathToFileURL } from "node:url";

const [site, base, query, shown] = process.argv.slice(2);
const pagefind = await import(pathToFileURL(`${site}/pagefind/pagefind.js`).href);
await pagefind.options({ basePath: new URL("pagefind/", base).href });
await pagefind.init();
const search = await pagefind.search(query);
const results = await Promise.all(search.results.slice(0, Number(shown)).map((result) => result.data()));
console.log(
  JSON.stringify({
    count: search.results.length,
    results: results.map((data) => ({
      url: data.url,
      title: data.meta.title,
      anchors: data.sub_results.map((sub) => sub.url),
    })),
  }),
);
