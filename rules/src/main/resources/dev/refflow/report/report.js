(function () {
  'use strict';
  // The report's only script. Its SHA-256 is the one script the page's Content-Security-Policy allows: change a
  // byte and the writer computes the new hash. It never writes markup: only textContent, properties and classes.
  var doc = document;

  function all(selector, root) {
    return Array.prototype.slice.call((root || doc).querySelectorAll(selector));
  }

  function text(root, selector) {
    return all(selector, root).map(function (e) { return e.textContent; }).join('\n');
  }

  // ------------------------------------------------------------------ filters and search

  function filtering(controls) {
    var levelBoxes = all('input[data-level]', controls);
    var ruleSelect = doc.getElementById('filter-rule');
    var moduleSelect = doc.getElementById('filter-module');
    var search = doc.getElementById('filter-text');
    var shownLine = doc.getElementById('shown');
    var groups = all('details.file');
    var modules = all('section.module');
    var rowFor = {};
    all('#findings-table tbody tr').forEach(function (r) { rowFor[r.getAttribute('data-ref')] = r; });

    // what each finding is filtered and searched by: its file, message and code (flagged lines, trace)
    var items = all('article.finding').map(function (a) {
      return {
        el: a,
        level: a.getAttribute('data-level'),
        rule: a.getAttribute('data-rule'),
        module: a.getAttribute('data-module'),
        text: [a.getAttribute('data-file'), text(a, '.msg'), text(a, 'pre.source .flag'),
          text(a, 'ol.trace code')].join('\n').toLowerCase()
      };
    });

    function counted(n, total, noun) {
      var what = noun ? ' ' + noun + (total === 1 ? '' : 's') : '';
      return '(' + (n === total ? String(total) : n + ' of ' + total) + what + ')';
    }

    function visibleIn(root) {
      return all('article.finding', root).filter(function (a) { return !a.hidden; }).length;
    }

    function apply() {
      var levels = {};
      levelBoxes.forEach(function (b) { levels[b.getAttribute('data-level')] = b.checked; });
      var rule = ruleSelect.value;
      var module = moduleSelect ? moduleSelect.value : '';
      var words = search.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
      var shown = 0;
      items.forEach(function (it) {
        var ok = levels[it.level] === true && (rule === '' || it.rule === rule)
            && (module === '' || it.module === module)
            && words.every(function (w) { return it.text.indexOf(w) >= 0; });
        it.el.hidden = !ok;
        var row = rowFor[it.el.id];
        if (row) {
          row.hidden = !ok;
        }
        if (ok) {
          shown++;
        }
      });
      // headings count what is left; a group with nothing left is hidden
      groups.forEach(function (g) {
        var n = visibleIn(g);
        g.hidden = n === 0;
        g.querySelector('summary .count').textContent = counted(n, Number(g.getAttribute('data-total')));
      });
      modules.forEach(function (m) {
        var n = visibleIn(m);
        m.hidden = n === 0;
        var count = m.querySelector('h2.module .count');
        if (count) {
          count.textContent = counted(n, Number(m.getAttribute('data-total')), 'finding');
        }
      });
      shownLine.textContent = shown === items.length ? 'Showing all ' + items.length + ' findings.'
          : 'Showing ' + shown + ' of ' + items.length + ' findings.';
    }

    function reset() {
      levelBoxes.forEach(function (b) { b.checked = true; });
      ruleSelect.value = '';
      if (moduleSelect) {
        moduleSelect.value = '';
      }
      search.value = '';
      apply();
    }

    levelBoxes.forEach(function (b) { b.addEventListener('change', apply); });
    ruleSelect.addEventListener('change', apply);
    if (moduleSelect) {
      moduleSelect.addEventListener('change', apply);
    }
    search.addEventListener('input', apply);
    doc.getElementById('reset-filters').addEventListener('click', reset);
    doc.getElementById('expand-all').addEventListener('click', function () {
      groups.forEach(function (g) { g.open = true; });
    });
    doc.getElementById('collapse-all').addEventListener('click', function () {
      groups.forEach(function (g) { g.open = false; });
    });
    controls.hidden = false;
    apply();
    return {
      reset: reset,
      showRule: function (rule) {
        reset();
        ruleSelect.value = rule;
        apply();
      }
    };
  }

  // ------------------------------------------------------------------ sorting the table

  function sorting(table) {
    var tbody = table.querySelector('tbody');
    var rows = all('tr', tbody);
    rows.forEach(function (r, i) { r.setAttribute('data-order', String(i)); });
    var headers = all('th[data-sort]', table);
    var sortKey = null;
    var sortDir = 1;

    function value(row, k) {
      return k === 'level' ? Number(row.getAttribute('data-rank'))
          : k === 'bytes' ? Number(row.getAttribute('data-bytes')) : row.getAttribute('data-' + k);
    }

    function compare(a, b) {
      var d;
      if (sortKey === 'where') {
        var fa = value(a, 'file');
        var fb = value(b, 'file');
        d = fa < fb ? -1 : fa > fb ? 1 : Number(value(a, 'line')) - Number(value(b, 'line'));
      } else {
        var va = value(a, sortKey);
        var vb = value(b, sortKey);
        d = va < vb ? -1 : va > vb ? 1 : 0;
      }
      return d * sortDir || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
    }

    headers.forEach(function (th) {
      th.querySelector('button').addEventListener('click', function () {
        var k = th.getAttribute('data-sort');
        // bytes sort largest first, the rest A to Z (levels: errors first); a second click reverses
        sortDir = sortKey === k ? -sortDir : k === 'bytes' ? -1 : 1;
        sortKey = k;
        headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
        rows.slice().sort(compare).forEach(function (r) { tbody.appendChild(r); });
      });
    });
  }

  // ------------------------------------------------------------------ anchors and links

  var controls = doc.getElementById('controls');
  var filters = controls ? filtering(controls) : null;
  var table = doc.getElementById('findings-table');
  if (table) {
    sorting(table);
  }

  // a link to a finding (its fingerprint) or to a rule's explanation: open what holds it, and show it
  function reveal(id) {
    var el = id ? doc.getElementById(id) : null;
    if (!el) {
      return;
    }
    var finding = el.classList.contains('finding');
    if (finding && el.hidden && filters) {
      filters.reset();
    }
    for (var p = el; p; p = p.parentNode) {
      if (p.tagName === 'DETAILS') {
        p.open = true;
      }
    }
    if (finding) {
      all('article.finding.current').forEach(function (a) { a.classList.remove('current'); });
      el.classList.add('current');
    }
    if (el.scrollIntoView) {
      el.scrollIntoView();
    }
  }

  function fromHash() {
    var hash = window.location.hash;
    if (hash.length > 1) {
      try {
        reveal(decodeURIComponent(hash.substring(1)));
      } catch (e) {
        // a malformed hash names nothing
      }
    }
  }

  all('a[href^="#"]').forEach(function (a) {
    var target = a.getAttribute('href').substring(1);
    var rule = a.getAttribute('data-rule');
    if (rule !== null) {
      // a rule's name in the summary: show that rule's findings
      a.addEventListener('click', function () {
        if (filters) {
          filters.showRule(rule);
        }
      });
    } else if (target !== '') {
      // the same link clicked twice changes no hash: reveal it anyway
      a.addEventListener('click', function () { reveal(target); });
    }
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
