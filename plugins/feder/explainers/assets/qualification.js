/* feder explainer "qualification": B.U.N.T. checkboxes give the lead category.
   The rule repeats feder/explainers/qualification.py: A = all four criteria,
   B = two or three, C = none or one. */
(function () {
  "use strict";

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function category(count, total) {
    if (count === total) {
      return "A";
    }
    return count >= 2 ? "B" : "C";
  }

  function enhance(root) {
    if (root.hasAttribute("data-feder-ready")) {
      return;
    }
    root.setAttribute("data-feder-ready", "");
    var config = JSON.parse(root.getAttribute("data-feder-config"));
    var text = config.text;
    var boxes = Array.prototype.slice.call(root.querySelectorAll('input[type="checkbox"]'));

    function out(name) {
      return root.querySelector('[data-feder-out="' + name + '"]');
    }

    function update() {
      var open = [];
      var count = 0;
      boxes.forEach(function (box) {
        if (box.checked) {
          count += 1;
        } else {
          open.push(config.names[box.value]);
        }
      });
      var current = category(count, boxes.length);
      out("category").textContent = fill(text.category, { category: current });
      out("met").textContent = "(" + fill(text.met, { count: count }) + ")";
      out("next").textContent = text.next[current];
      out("missing").textContent = open.length
        ? fill(text.missing, { criteria: open.join(text.separator) })
        : text.nothing_missing;
      Array.prototype.forEach.call(root.querySelectorAll("[data-feder-category]"), function (row) {
        row.classList.toggle("feder-qualification__current", row.getAttribute("data-feder-category") === current);
      });
    }

    boxes.forEach(function (box) {
      box.addEventListener("change", update);
    });
    Array.prototype.forEach.call(root.querySelectorAll("[data-feder-static]"), function (element) {
      element.hidden = true;
    });
    Array.prototype.forEach.call(root.querySelectorAll("[data-feder-interactive]"), function (element) {
      element.hidden = false;
    });
    update();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-feder-explainer="qualification"]'), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
