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
    if (target.matches("h3.comment-title")) showParentAbove(target);
  }

  /* Arriving at a reply: its parent should be in view above it, as the context it answers. If
     both fit in the window, scroll so that the parent's head line is at the top; otherwise quote
     the parent in place (as "show parent" does). */
  function showParentAbove(heading) {
    var comment = heading.parentElement;
    var parent = parentOf(comment);
    if (!parent) return;
    var parentHead = parent.querySelector(":scope > h3.comment-title");
    var header = document.querySelector(".md-header");
    var top = header ? header.getBoundingClientRect().height : 0;
    var from = parentHead.getBoundingClientRect().top;
    var to = comment.querySelector(":scope > .comment-body").getBoundingClientRect().bottom;
    if (to - from < innerHeight - top - 16) {
      window.scrollBy(0, from - top - 8);
    } else {
      toggleParent(comment, true);
      heading.scrollIntoView();
    }
  }

  /* The comment a reply answers, by its "↑" link: the first replies of a continued thread sit in
     a block of their own, not inside their parent. */
  function parentOf(comment) {
    var link = comment.querySelector(":scope > .comment-meta > .comment-parent");
    var heading = link && document.getElementById(link.getAttribute("href").slice(1));
    return heading ? heading.parentElement : null;
  }

  /* "Show parent": the parent's text quoted in place above the reply, without leaving it. */
  function toggleParent(comment, show) {
    var button = comment.querySelector(":scope > .comment-meta > .comment-context-toggle");
    var quote = comment.querySelector(":scope > .comment-context");
    if (show === undefined) show = !quote;
    if (!show) {
      if (quote) quote.remove();
    } else if (!quote) {
      var parent = parentOf(comment);
      quote = document.createElement("blockquote");
      quote.className = "comment-context";
      quote.id = "context-" + comment.querySelector(":scope > h3").id;
      var who = parent.querySelector(":scope > h3.comment-title").cloneNode(true);
      var line = document.createElement("p");
      line.className = "comment-context__who";
      line.textContent = who.textContent;
      quote.appendChild(line);
      parent.querySelector(":scope > .comment-body").childNodes.forEach(function (node) {
        quote.appendChild(node.cloneNode(true));
      });
      comment.querySelector(":scope > .comment-body").before(quote);
    }
    if (button) {
      button.setAttribute("aria-expanded", String(show));
      button.firstChild.textContent = show ? "hide " : "show ";
    }
  }

  function addParentButtons() {
    document.querySelectorAll("details.comment > .comment-meta > .comment-parent").forEach(function (link) {
      if (link.parentElement.querySelector(".comment-context-toggle")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "comment-context-toggle";
      /* "show parent"; on a phone only "parent", so that a reply's line does not wrap. */
      var verb = document.createElement("span");
      verb.className = "comment-context-toggle__verb";
      verb.textContent = "show ";
      button.append(verb, "parent");
      button.setAttribute("aria-expanded", "false");
      /* The visible words first (WCAG 2.5.3), then which comment. */
      button.setAttribute("aria-label", "Show parent " + link.textContent.replace("↑", "").trim());
      link.after(" ", button);
      button.addEventListener("click", function () {
        toggleParent(link.closest("details.comment"));
      });
    });
  }

  /* j/k: next and previous comment; n/p: next and previous thread (as on Hacker News with its
     popular extensions). Focus moves to the comment's heading, so screen readers follow. */
  function visibleHeadings(selector) {
    return Array.prototype.filter.call(document.querySelectorAll(selector), function (h) {
      return h.getClientRects().length > 0;
    });
  }

  var last = null; /* the heading the last move went to: a touch button takes the focus */

  function move(step, threads) {
    var selector = threads ? ".thread > details.comment > h3.comment-title" : "details.comment > h3.comment-title";
    var headings = visibleHeadings(selector);
    if (!headings.length) return;
    var active = document.activeElement;
    var current = active && active.closest && active.closest("details.comment");
    if (!current && last && last.getClientRects().length) current = last.parentElement;
    var index = -1;
    if (current) {
      var own = threads ? current.closest(".thread").querySelector(":scope > details.comment > h3") : current.querySelector(":scope > h3");
      index = headings.indexOf(own);
    }
    if (index < 0) {
      /* Nothing focused yet: start from what is on the screen. */
      index = headings.findIndex(function (h) { return h.getBoundingClientRect().top > 60; });
      index = index < 0 ? headings.length : index;
      if (step > 0) index -= 1;
    }
    var next = headings[Math.max(0, Math.min(headings.length - 1, index + step))];
    last = next;
    next.setAttribute("tabindex", "-1");
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: "start" });
  }

  var KEYS = { j: [1, false], k: [-1, false], n: [1, true], p: [-1, true] };

  function onKey(event) {
    var key = KEYS[event.key];
    if (!key || event.ctrlKey || event.metaKey || event.altKey || !document.getElementById("comments")) return;
    var target = event.target;
    if (target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) return;
    event.preventDefault();
    /* Material's own n/p go to the next page; on a discussion page they go to the next thread. */
    event.stopPropagation();
    move(key[0], key[1]);
  }

  /* The same moves as buttons, for touch screens without a keyboard (shown there by the CSS). */
  function addNavButtons() {
    if (!document.getElementById("comments") || document.querySelector(".thread-nav")) return;
    var nav = document.createElement("div");
    nav.className = "thread-nav";
    nav.setAttribute("role", "group");
    nav.setAttribute("aria-label", "Move between comments");
    [["↑↑", "Previous thread", -1, true], ["↑", "Previous comment", -1, false],
     ["↓", "Next comment", 1, false], ["↓↓", "Next thread", 1, true]].forEach(function (item) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "thread-nav__button";
      button.textContent = item[0];
      button.setAttribute("aria-label", item[1]);
      button.title = item[1];
      button.addEventListener("click", function () {
        move(item[2], item[3]);
      });
      nav.appendChild(button);
    });
    document.body.appendChild(nav);
  }

  /* Material's search box is a dialog without a name (axe: aria-dialog-name); name it. */
  function labelSearch() {
    var dialog = document.querySelector('.md-search[role="dialog"]:not([aria-label])');
    if (dialog) dialog.setAttribute("aria-label", "Search");
  }

  /* The browser scrolls to the fragment itself once the page has loaded: show the parent after. */
  function revealAfterLoad() {
    if (document.readyState === "complete") {
      reveal();
    } else {
      window.addEventListener("load", function () { setTimeout(reveal, 0); }, { once: true });
    }
  }

  function init() {
    labelSearch();
    addTools();
    addParentButtons();
    addNavButtons();
    revealAfterLoad();
  }

  document.addEventListener("keydown", onKey, true);

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
