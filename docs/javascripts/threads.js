/* Discussion pages: "Collapse all / Expand all" for the comment threads, and opening the
   collapsed threads around a comment that a link points at. Without JavaScript every comment
   still collapses and expands on its own (<details>); this script only adds to that. */
(function () {
  "use strict";

  function setAll(open) {
    document.querySelectorAll("details.comment").forEach(function (details) {
      details.open = open;
    });
  }

  /* The buttons exist only where they work: the script adds them on the line of the "Comments"
     heading, wrapping both in a box that lays them out side by side. */
  function addTools() {
    var heading = document.getElementById("comments");
    if (!heading || document.querySelector(".thread-tools")) return;
    var tools = document.createElement("div");
    tools.className = "thread-tools";
    tools.setAttribute("role", "group");
    tools.setAttribute("aria-label", "All comment threads");
    [["Collapse all", false], ["Expand all", true]].forEach(function (item) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "thread-tools__button";
      button.textContent = item[0];
      button.addEventListener("click", function () {
        setAll(item[1]);
      });
      tools.appendChild(button);
    });
    var head = document.createElement("div");
    head.className = "comments-head";
    heading.parentNode.insertBefore(head, heading);
    head.appendChild(heading);
    head.appendChild(tools);
  }

  /* A link to a comment inside a collapsed thread must still show it: open every <details>
     around the target, then scroll to it (the browser's own scroll found it hidden). */
  function reveal() {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (error) {
      return;
    }
    var target = id && document.getElementById(id);
    if (!target) return;
    var opened = false;
    for (var details = target.closest("details"); details; details = details.parentElement.closest("details")) {
      if (!details.open) {
        details.open = true;
        opened = true;
      }
    }
    if (opened) target.scrollIntoView();
  }

  function init() {
    addTools();
    reveal();
  }

  window.addEventListener("hashchange", reveal);
  /* A click on a link to the comment already in the address bar fires no hashchange. */
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest('a[href^="#"]');
    if (link && link.getAttribute("href") === location.hash) setTimeout(reveal, 0);
  });

  /* Material's document$ emits each page (also after instant navigation, if it is turned on). */
  if (typeof document$ !== "undefined" && document$ && typeof document$.subscribe === "function") {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
