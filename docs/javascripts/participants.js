/* The participants page: a box that filters the list by name as the reader types. Without
   JavaScript the whole list is there (and the browser's find works on it); the box exists only
   where it works. On a split page's overview it filters the names under each initial. */
(function () {
  "use strict";

  /* Case, accents and spacing aside: "emile" finds "Émile Zola". */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function init() {
    var list = document.querySelector(".participant-list, .participant-index");
    if (!list || document.querySelector(".participant-filter")) return;
    var overview = list.classList.contains("participant-index");
    var items = Array.prototype.slice.call(
      list.querySelectorAll(overview ? ".participant-names > li" : "section.participant")
    );
    if (!items.length) return;
    var names = items.map(function (item) {
      var name = item.querySelector(overview ? "a" : "h2");
      return fold(name ? name.textContent : "");
    });

    var box = document.createElement("div");
    box.className = "participant-filter";
    box.setAttribute("role", "search");
    var label = document.createElement("label");
    label.htmlFor = "participant-filter";
    label.textContent = "Filter by name";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "participant-filter";
    input.autocomplete = "off";
    input.spellcheck = false;
    var status = document.createElement("p");
    status.className = "participant-filter__status";
    status.setAttribute("role", "status");
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(status);
    list.parentNode.insertBefore(box, list);

    function apply() {
      var wanted = fold(input.value);
      var shown = 0;
      items.forEach(function (item, index) {
        var match = !wanted || names[index].indexOf(wanted) !== -1;
        item.hidden = !match;
        if (match) shown += 1;
      });
      if (overview) {
        /* An initial whose names are all hidden goes too. */
        list.querySelectorAll(".participant-initial").forEach(function (section) {
          section.hidden = !section.querySelector(".participant-names > li:not([hidden])");
        });
      }
      status.textContent = wanted
        ? shown + " of " + items.length + (items.length === 1 ? " person" : " people")
        : "";
    }
    input.addEventListener("input", apply);
    if (input.value) apply(); /* a value the browser restored on going back */
  }

  if (typeof document$ !== "undefined" && document$ && typeof document$.subscribe === "function") {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
