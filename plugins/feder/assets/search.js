/*
 * feder: the site search (feder-search), on Pagefind's JavaScript API.
 *
 * On every page this script only wires the control in the header: it shows the
 * button in place of the link to the archive (the control without JavaScript) and
 * listens for Material's shortcuts (/, s and f, when the reader is not typing in a
 * field). Pagefind's script, its WebAssembly and the index of the page's language
 * are fetched from its folder (<site>/pagefind/, <site>/en/pagefind/, as the button
 * says) only when the search is opened, and then only the parts a query needs.
 *
 * The dialog follows the WAI-ARIA APG modal dialog pattern: focus moves into it, Tab
 * stays inside, Escape closes it and focus returns to the control. Results are a list
 * of links; the arrow keys move between the field and the links, Enter opens one.
 * The indexed text is content, not code: titles and excerpts become text nodes, and
 * of Pagefind's excerpt HTML (text with < and > escaped, matches in <mark>) only the
 * <mark> elements are kept.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var DELAY = 150; // ms after the last keystroke before a search runs

  var dialog = document.querySelector("[data-feder-search]");
  var button = document.querySelector("[data-feder-search-open]");
  var link = document.querySelector("[data-feder-search-link]");
  if (!dialog || !button || !link || typeof dialog.showModal !== "function") return;

  // The site may live below a path (/feder/); result URLs are relative to the language's root.
  var bundle = new URL(button.getAttribute("data-feder-search-index"), location.href);
  var languageRoot = new URL("../", bundle);
  var lang = document.documentElement.lang || "de";
  var strings = dialog.dataset;
  var form = dialog.querySelector("[data-feder-search-form]");
  var field = dialog.querySelector("[data-feder-search-query]");
  var closer = dialog.querySelector("[data-feder-search-close]");
  var notice = dialog.querySelector("[data-feder-search-notice]");
  var status = dialog.querySelector("[data-feder-search-status]");
  var list = dialog.querySelector("[data-feder-search-results]");
  var more = dialog.querySelector("[data-feder-search-more]");

  var pagefind = null;
  var loading = null;
  var results = [];
  var shown = 0;
  var generation = 0; // each query counts up; answers to older queries are dropped
  var timer = 0;

  link.hidden = true;
  button.hidden = false;

  // Opening, loading, closing -----------------------------------------------------------

  function open() {
    if (dialog.open) return;
    dialog.showModal();
    field.focus();
    field.select();
    checkIndexAge().then(function (missing) {
      if (!missing) load();
    });
  }

  function load() {
    if (!loading) {
      status.textContent = strings.loading;
      loading = import(new URL("pagefind.js", bundle).href)
        .then(function (module) {
          pagefind = module;
          return pagefind.options({ baseUrl: languageRoot.pathname, excerptLength: 24 });
        })
        .then(function () { return pagefind.init(); })
        .then(function () {
          if (status.textContent === strings.loading) status.textContent = "";
        })
        .catch(function (error) {
          console.warn("feder search:", error);
          pagefind = loading = null; // try again when the search is opened again
          status.textContent = strings.failed;
        });
    }
    return loading;
  }

  // `mkdocs serve` re-indexes in the background: its pages carry their build time.
  // Resolves to true when there is no index yet.
  function checkIndexAge() {
    var built = button.getAttribute("data-feder-built");
    if (!built) return Promise.resolve(false);
    return fetch(new URL("feder-index.json", bundle).href, { cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; })
      .then(function (index) {
        if (!index) showNotice(strings.building);
        else showNotice(Number(index.built) < Number(built) ? strings.stale : "");
        return !index;
      });
  }

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  // Searching ---------------------------------------------------------------------------

  function search() {
    var query = field.value.trim();
    var mine = ++generation;
    clearTimeout(timer);
    if (!query) {
      results = [];
      shown = 0;
      list.textContent = "";
      more.hidden = true;
      status.textContent = "";
      return;
    }
    load()
      .then(function () { return pagefind ? pagefind.search(query) : null; })
      .then(function (found) {
        if (!found || mine !== generation) return;
        results = found.results;
        shown = 0;
        list.textContent = "";
        return showMore(mine, false).then(function () { announce(query); });
      });
  }

  function showMore(mine, focusFirstNew) {
    var next = results.slice(shown, shown + PAGE_SIZE);
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (pages) {
      if (mine !== generation) return;
      var firstNew = null;
      pages.forEach(function (page) {
        var item = resultItem(page);
        if (item) {
          list.appendChild(item);
          firstNew = firstNew || item.querySelector("a");
        }
      });
      shown += next.length;
      more.hidden = shown >= results.length;
      if (focusFirstNew && firstNew) firstNew.focus();
    });
  }

  function announce(query) {
    var count = results.length;
    var text = count === 0 ? strings.none : count === 1 ? strings.countOne : strings.countOther;
    status.textContent = text
      .replace("{count}", new Intl.NumberFormat(lang).format(count))
      .replace("{query}", query);
  }

  // One result: its title as a link, its date, the excerpt with the matches marked.
  function resultItem(page) {
    var href = sameSiteUrl(page.url);
    if (!href) return null;
    var meta = page.meta || {};
    var item = document.createElement("li");
    item.className = "feder-search__result";
    var anchor = document.createElement("a");
    anchor.className = "feder-search__link";
    anchor.href = href;
    anchor.textContent = meta.title || page.url;
    item.appendChild(anchor);
    if (/^\d{4}-\d{2}-\d{2}$/.test(meta.date || "")) {
      var time = document.createElement("time");
      time.className = "feder-search__date";
      time.dateTime = meta.date;
      time.textContent = longDate(meta.date);
      item.appendChild(time);
    }
    var excerpt = document.createElement("p");
    excerpt.className = "feder-search__excerpt";
    appendExcerpt(excerpt, page.excerpt || "");
    item.appendChild(excerpt);
    return item;
  }

  function sameSiteUrl(url) {
    try {
      var target = new URL(url, location.href);
      return target.origin === location.origin ? target.href : null;
    } catch (error) {
      return null;
    }
  }

  function longDate(iso) {
    // The day as the page shows it: `31. März 2019`, `March 31, 2019`.
    return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso + "T00:00:00Z"));
  }

  function appendExcerpt(parent, html) {
    var marked = false;
    html.split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === "<mark>" || part === "</mark>") {
        marked = part === "<mark>";
        return;
      }
      var text = document.createTextNode(part.replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
      if (marked) {
        var mark = document.createElement("mark");
        mark.appendChild(text);
        parent.appendChild(mark);
      } else {
        parent.appendChild(text);
      }
    });
  }

  // Keyboard -------------------------------------------------------------------------------

  function typing(element) {
    if (!element || !element.tagName) return false;
    if (element.isContentEditable) return true;
    // As Material's shortcuts: every field except radio buttons takes letters.
    return /^(TEXTAREA|SELECT)$/.test(element.tagName) || (element.tagName === "INPUT" && element.type !== "radio");
  }

  function onShortcut(event) {
    if (dialog.open || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key !== "/" && event.key !== "s" && event.key !== "f") return;
    if (typing(event.target)) return;
    event.preventDefault();
    open();
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  // Tab and Shift+Tab wrap around inside the dialog.
  function trapTab(event) {
    var inside = [closer, field].concat(links(), more.hidden ? [] : [more]);
    var first = inside[0];
    var last = inside[inside.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  // The arrow keys move from the field through the results (and to "more").
  function moveFocus(event) {
    var order = [field].concat(links(), more.hidden ? [] : [more]);
    var index = order.indexOf(document.activeElement);
    var target = index < 0 ? null : order[index + (event.key === "ArrowDown" ? 1 : -1)];
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  function onDialogKey(event) {
    if (event.key === "Tab") trapTab(event);
    else if (event.key === "ArrowDown" || event.key === "ArrowUp") moveFocus(event);
    else if (event.key === "Escape") {
      // Not left to the browser: in a search field, Escape would first clear the text.
      event.preventDefault();
      dialog.close();
    }
  }

  function onDialogClick(event) {
    if (event.target !== dialog) return;
    var box = dialog.getBoundingClientRect();
    var outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (outside) dialog.close(); // a click on the backdrop
  }

  button.addEventListener("click", open);
  closer.addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () {
    clearTimeout(timer);
    button.focus();
  });
  dialog.addEventListener("keydown", onDialogKey);
  dialog.addEventListener("click", onDialogClick);
  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, DELAY);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  more.addEventListener("click", function () { showMore(generation, true); });
  document.addEventListener("keydown", onShortcut);
})();
