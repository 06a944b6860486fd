/* feder explainer "bani": the definition list of the four traits becomes tabs;
   the VUCA comparison becomes a disclosure. Without this script the list and the
   comparison table are shown as they are. */
(function () {
  "use strict";

  function toPanels(root, list) {
    var panels = document.createElement("div");
    panels.className = "feder-bani__panels";
    Array.prototype.forEach.call(list.querySelectorAll(".feder-bani__trait"), function (trait) {
      var id = trait.id;
      var term = trait.querySelector("dt");
      var details = trait.querySelector("dd");
      var panel = document.createElement("div");
      trait.removeAttribute("id");
      panel.id = id;
      panel.className = "feder-bani__panel";
      // The tab names the panel on screen; in print the tabs are gone, so the name is repeated.
      var name = document.createElement("p");
      name.className = "feder-print-only feder-bani__panel-name";
      name.textContent = term.textContent;
      panel.appendChild(name);
      while (details.firstChild) {
        panel.appendChild(details.firstChild);
      }
      // The panel holds no focusable element, so it takes focus itself (APG tabs pattern).
      panel.tabIndex = 0;
      panels.appendChild(panel);
    });
    list.parentNode.replaceChild(panels, list);
  }

  function enhance(root) {
    if (root.hasAttribute("data-feder-ready") || !window.FederTabs) {
      return;
    }
    var list = root.querySelector(".feder-bani__traits");
    var tablist = root.querySelector('[role="tablist"]');
    if (!list || !tablist) {
      return;
    }
    root.setAttribute("data-feder-ready", "");
    toPanels(root, list);
    window.FederTabs(tablist);

    var toggle = root.querySelector(".feder-explainer__toggle");
    var comparison = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (toggle && comparison) {
      var setOpen = function (open) {
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        comparison.hidden = !open;
      };
      setOpen(root.getAttribute("data-feder-compare") === "open");
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        setOpen(toggle.getAttribute("aria-expanded") !== "true");
      });
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-feder-explainer="bani"]'), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
