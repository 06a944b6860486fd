/* feder explainer "stakeholders": two selects per person (influence, support) move
   the person to the matching quadrant; the move and the quadrant's tactic are announced. */
(function () {
  "use strict";

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function enhance(root) {
    if (root.hasAttribute("data-feder-ready")) {
      return;
    }
    root.setAttribute("data-feder-ready", "");
    var config = JSON.parse(root.getAttribute("data-feder-config"));
    var status = root.querySelector('[data-feder-out="status"]');

    function quadrant(key) {
      return root.querySelector('[data-feder-quadrant="' + key + '"]');
    }

    function refreshEmpty() {
      Array.prototype.forEach.call(root.querySelectorAll("[data-feder-quadrant]"), function (box) {
        box.querySelector(".feder-stakeholders__empty").hidden = box.querySelector("li") !== null;
      });
    }

    function place(row, announce) {
      var index = Number(row.getAttribute("data-feder-row"));
      var influence = row.querySelector('[data-feder-axis="influence"]').value;
      var support = row.querySelector('[data-feder-axis="support"]').value;
      var target = quadrant(influence + "_" + support);
      var person = root.querySelector('[data-feder-person="' + index + '"]');
      if (!target || !person) {
        return;
      }
      // Keep people in the order the author listed them.
      var list = target.querySelector("ul");
      var before = null;
      Array.prototype.forEach.call(list.children, function (item) {
        if (before === null && item !== person && Number(item.getAttribute("data-feder-person")) > index) {
          before = item;
        }
      });
      list.insertBefore(person, before);
      refreshEmpty();
      if (announce) {
        status.textContent = fill(config.text.moved, {
          name: row.querySelector("th").textContent,
          quadrant: target.querySelector(".feder-stakeholders__quadrant-name").textContent,
          tactic: target.querySelector("[data-feder-tactic]").textContent
        });
      }
    }

    Array.prototype.forEach.call(root.querySelectorAll("[data-feder-row]"), function (row) {
      Array.prototype.forEach.call(row.querySelectorAll("select"), function (select) {
        // A reload may restore a changed select: place the person where the select says.
        select.addEventListener("change", function () {
          place(row, true);
        });
      });
      place(row, false);
    });
    Array.prototype.forEach.call(root.querySelectorAll("[data-feder-interactive]"), function (element) {
      element.hidden = false;
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-feder-explainer="stakeholders"]'), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
