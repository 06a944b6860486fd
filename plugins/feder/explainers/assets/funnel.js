/* feder explainer "funnel": labelled number and range inputs drive the funnel table,
   the results and the referral loop. The formulas repeat feder/explainers/funnel_model.py
   in the same order of operations, and numbers are formatted with the symbols the
   server took from babel, so the browser shows exactly what the server would render.
   The scenario lives in the URL fragment (#funnel-1.visitors=20000&funnel-1.rates=…),
   one set of keys per funnel on the page. */
(function () {
  "use strict";

  var SCALARS = ["visitors", "deal_value", "lifetime_years", "repeat_revenue", "referral_rate", "leads_per_reference"];
  var COUNT_DIGITS = 1;
  var MONEY_DIGITS = 2;
  var PERCENT_DIGITS = 2;

  // ---- numbers, as feder/explainers/numbers.py -------------------------------------

  function formatNumber(style, value, digits) {
    var fixed = value.toFixed(digits);
    if (digits > 0) {
      fixed = fixed.replace(/\.?0+$/, "");
    }
    var negative = fixed.charAt(0) === "-";
    if (negative) {
      fixed = fixed.slice(1);
    }
    var parts = fixed.split(".");
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
    var text = whole + (parts.length > 1 ? style.decimal + parts[1] : "");
    return negative && text !== "0" ? "-" + text : text;
  }

  function formatMoney(style, value) {
    return style.currency_prefix + formatNumber(style, value, MONEY_DIGITS) + style.currency_suffix;
  }

  function formatPercent(style, value, digits) {
    return style.percent_prefix + formatNumber(style, value, digits) + style.percent_suffix;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  // ---- the model, as feder/explainers/funnel_model.py ---------------------------

  function compute(s, entry, rounds) {
    var counts = [s.visitors];
    for (var i = 0; i < s.rates.length; i++) {
      counts.push(counts[i] * s.rates[i] / 100);
    }
    var customers = counts[counts.length - 1];
    var clv = s.deal_value + s.repeat_revenue * Math.max(s.lifetime_years - 1, 0);
    var share = 1;
    for (var j = entry; j < s.rates.length; j++) {
      share = share * (s.rates[j] / 100);
    }
    var factor = s.referral_rate / 100 * s.leads_per_reference * share;
    var series = 0;
    var term = 1;
    for (var k = 0; k < rounds; k++) {
      term *= factor;
      series += term;
    }
    var extra = customers * series;
    return {
      counts: counts,
      overall: s.visitors ? customers / s.visitors * 100 : 0,
      customers: customers,
      firstYear: customers * s.deal_value,
      clv: clv,
      lifetime: customers * clv,
      references: customers * s.referral_rate / 100,
      entryConversion: share * 100,
      factor: factor,
      extra: extra,
      extraRevenue: extra * clv,
      limit: factor < 1 ? customers * factor / (1 - factor) : null
    };
  }

  function barWidth(count, top) {
    if (top <= 0 || count <= 0) {
      return 0;
    }
    return Math.round(100 * 100 * Math.log10(count + 1) / Math.log10(top + 1)) / 100;
  }

  // ---- scenario <-> URL fragment ----------------------------------------------------

  function fragmentParams() {
    var hash = window.location.hash.replace(/^#/, "");
    // A plain anchor (#intro) is not a scenario; it is replaced when the scenario changes.
    return new URLSearchParams(hash.indexOf("=") >= 0 ? hash : "");
  }

  function writeFragment(key, scenario, defaults) {
    var params = fragmentParams();
    SCALARS.forEach(function (name) {
      if (scenario[name] === defaults[name]) {
        params.delete(key + "." + name);
      } else {
        params.set(key + "." + name, String(scenario[name]));
      }
    });
    if (scenario.rates.join(",") === defaults.rates.join(",")) {
      params.delete(key + ".rates");
    } else {
      params.set(key + ".rates", scenario.rates.join(","));
    }
    var query = params.toString();
    var url = window.location.pathname + window.location.search + (query ? "#" + query : "");
    window.history.replaceState(window.history.state, "", url);
  }

  function readFragment(key, defaults, valid) {
    var params = fragmentParams();
    var scenario = copy(defaults);
    SCALARS.forEach(function (name) {
      var raw = params.get(key + "." + name);
      var value = raw === null ? NaN : Number(raw);
      if (raw !== null && valid(name, value)) {
        scenario[name] = value;
      }
    });
    var rates = params.get(key + ".rates");
    if (rates !== null) {
      var values = rates.split(",").map(Number);
      if (values.length === defaults.rates.length && values.every(function (v) { return valid("rate", v); })) {
        scenario.rates = values;
      }
    }
    return scenario;
  }

  function copy(scenario) {
    var result = {};
    SCALARS.forEach(function (name) {
      result[name] = scenario[name];
    });
    result.rates = scenario.rates.slice();
    return result;
  }

  // ---- one funnel -------------------------------------------------------------------------

  function enhance(root) {
    if (root.hasAttribute("data-feder-ready")) {
      return;
    }
    root.setAttribute("data-feder-ready", "");
    var config = JSON.parse(root.getAttribute("data-feder-config"));
    var style = config.number;
    var limits = config.limits;
    var defaults = config.defaults;
    var key = root.id.replace(/^explainer-/, "");
    var scenario = readFragment(key, defaults, valid);

    function valid(name, value) {
      if (typeof value !== "number" || !isFinite(value)) {
        return false;
      }
      switch (name) {
        case "visitors":
          return value >= 1 && value <= limits.visitors && Math.floor(value) === value;
        case "deal_value":
        case "repeat_revenue":
          return value >= 0 && value <= limits.money;
        case "lifetime_years":
          return value >= 1 && value <= limits.years;
        case "leads_per_reference":
          return value >= 0 && value <= limits.leads;
        default: // rates and referral_rate are percentages
          return value >= 0 && value <= 100;
      }
    }

    function out(name) {
      return root.querySelector('[data-feder-out="' + name + '"]');
    }

    function inputs(name) {
      return Array.prototype.slice.call(root.querySelectorAll('[data-feder-input="' + name + '"]'));
    }

    function valueOf(name) {
      var match = /^rate-(\d+)$/.exec(name);
      return match ? scenario.rates[Number(match[1])] : scenario[name];
    }

    function setValue(name, value) {
      var match = /^rate-(\d+)$/.exec(name);
      if (match) {
        scenario.rates[Number(match[1])] = value;
      } else {
        scenario[name] = value;
      }
    }

    function showInputs(except) {
      Array.prototype.forEach.call(root.querySelectorAll("[data-feder-input]"), function (input) {
        if (input !== except) {
          input.value = String(valueOf(input.getAttribute("data-feder-input")));
          input.removeAttribute("aria-invalid");
        }
      });
    }

    function render() {
      var r = compute(scenario, config.entry, config.rounds);
      r.counts.forEach(function (count, index) {
        out("count-" + index).textContent = formatNumber(style, count, COUNT_DIGITS);
        out("bar-" + index).setAttribute("width", String(barWidth(count, r.counts[0])));
      });
      scenario.rates.forEach(function (rate, index) {
        out("rate-" + index).textContent = formatPercent(style, rate, PERCENT_DIGITS);
      });
      out("overall").textContent = formatPercent(style, r.overall, 3);
      out("customers").textContent = formatNumber(style, r.customers, COUNT_DIGITS);
      out("first_year_revenue").textContent = formatMoney(style, r.firstYear);
      out("clv").textContent = formatMoney(style, r.clv);
      out("lifetime_revenue").textContent = formatMoney(style, r.lifetime);
      out("references").textContent = formatNumber(style, r.references, COUNT_DIGITS);
      out("factor").textContent = formatNumber(style, r.factor, 3);
      out("extra_customers").textContent = formatNumber(style, r.extra, COUNT_DIGITS);
      out("total_customers").textContent = formatNumber(style, r.customers + r.extra, COUNT_DIGITS);
      out("extra_revenue").textContent = formatMoney(style, r.extraRevenue);
      out("loop_text").textContent = fill(config.text.loop_explained, {
        customers: formatNumber(style, r.customers, COUNT_DIGITS),
        referral_rate: formatPercent(style, scenario.referral_rate, PERCENT_DIGITS),
        leads_per_reference: formatNumber(style, scenario.leads_per_reference, COUNT_DIGITS),
        entry: config.stages[config.entry],
        entry_conversion: formatPercent(style, r.entryConversion, PERCENT_DIGITS),
        factor: formatNumber(style, r.factor, 3)
      });
      out("loop_cap").textContent = r.limit === null
        ? fill(config.text.loop_cap_diverging, { rounds: config.rounds })
        : fill(config.text.loop_cap_converging, {
          rounds: config.rounds,
          limit: formatNumber(style, r.limit, COUNT_DIGITS)
        });
    }

    function onInput(event) {
      var input = event.target;
      var name = input.getAttribute("data-feder-input");
      if (!name) {
        return;
      }
      var value = input.value === "" ? NaN : Number(input.value);
      if (!valid(name.indexOf("rate-") === 0 ? "rate" : name, value)) {
        // Keep the last good scenario while the reader is typing; say what is wrong.
        input.setAttribute("aria-invalid", "true");
        return;
      }
      input.removeAttribute("aria-invalid");
      setValue(name, value);
      showInputs(input);
      render();
      writeFragment(key, scenario, defaults);
    }

    root.addEventListener("input", onInput);
    root.addEventListener("change", function (event) {
      // Leaving a field with an invalid value puts the last good value back.
      if (event.target.getAttribute("aria-invalid") === "true") {
        showInputs(null);
      }
    });
    root.querySelector("[data-feder-reset]").addEventListener("click", function () {
      scenario = copy(defaults);
      showInputs(null);
      render();
      writeFragment(key, scenario, defaults);
    });
    window.addEventListener("hashchange", function () {
      scenario = readFragment(key, defaults, valid);
      showInputs(null);
      render();
    });

    var tablist = root.querySelector('[role="tablist"]');
    if (tablist && window.FederTabs) {
      window.FederTabs(tablist);
    }
    Array.prototype.forEach.call(root.querySelectorAll("[data-feder-interactive]"), function (element) {
      element.hidden = false;
    });
    showInputs(null);
    render();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-feder-explainer="funnel"]'), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
