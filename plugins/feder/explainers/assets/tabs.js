/* feder explainers: WAI-ARIA tabs (automatic activation).
   Left/Right move to the previous/next tab and wrap, Home/End go to the first/last;
   only the selected tab is in the tab order (roving tabindex). Shared by bani.js and funnel.js. */
(function () {
  "use strict";

  function FederTabs(tablist, onSelect) {
    var tabs = Array.prototype.slice.call(tablist.querySelectorAll('[role="tab"]'));

    function panelOf(tab) {
      return document.getElementById(tab.getAttribute("aria-controls"));
    }

    function select(tab, focus) {
      tabs.forEach(function (other) {
        var selected = other === tab;
        other.setAttribute("aria-selected", selected ? "true" : "false");
        other.tabIndex = selected ? 0 : -1;
        var panel = panelOf(other);
        if (panel) {
          panel.hidden = !selected;
        }
      });
      if (focus) {
        tab.focus();
      }
      if (onSelect) {
        onSelect(tab);
      }
    }

    tabs.forEach(function (tab) {
      var panel = panelOf(tab);
      if (panel) {
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", tab.id);
      }
      tab.addEventListener("click", function () {
        select(tab, true);
      });
    });

    tablist.addEventListener("keydown", function (event) {
      var index = tabs.indexOf(event.target);
      if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) {
        return;
      }
      var next = null;
      switch (event.key) {
        case "ArrowRight":
          next = tabs[(index + 1) % tabs.length];
          break;
        case "ArrowLeft":
          next = tabs[(index - 1 + tabs.length) % tabs.length];
          break;
        case "Home":
          next = tabs[0];
          break;
        case "End":
          next = tabs[tabs.length - 1];
          break;
        default:
          return;
      }
      event.preventDefault();
      select(next, true);
    });

    // The markup marks the initial tab by its roving tabindex only: aria-selected="true" on a
    // tab without a tabpanel (the panels get that role here) would be invalid HTML.
    var initial = tabs.filter(function (tab) {
      return tab.getAttribute("tabindex") === "0";
    })[0] || tabs[0];
    select(initial, false);
    tablist.hidden = false;
    return { select: select, tabs: tabs };
  }

  window.FederTabs = FederTabs;
})();
