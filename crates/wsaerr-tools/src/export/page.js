// The page's filter. It applies the search rules of wsaerr's Rust library
// (src/search/): the same normalization and tokens, the same "every query
// token must hit a token that starts with it", the same weights and order.
// The catalog's tokens come precomputed in #wsaerr-index; only the query is
// cut into tokens here.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('wsaerr-index').textContent);
  var rules = data.rules;
  var WORD = /^[\p{Alphabetic}\p{N}_]$/u;

  function isCjk(c) {
    var code = c.codePointAt(0);
    for (var i = 0; i < rules.cjk.length; i++) {
      if (code >= rules.cjk[i][0] && code <= rules.cjk[i][1]) return true;
    }
    return false;
  }

  function normalizeChar(c) {
    var code = c.codePointAt(0);
    if (code >= 0xFF01 && code <= 0xFF5E) c = String.fromCodePoint(code - 0xFEE0);
    else if (code === 0x3000) c = ' ';
    return c.toLowerCase().replace(/\u0307/g, '').replace(/\u0131/g, 'i');
  }

  function tokens(text) {
    text = text.normalize('NFKC');
    var out = [];
    var word = '';
    var run = [];
    function endWord() {
      if (word) out.push(word);
      word = '';
    }
    function endRun() {
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      if (run.length) out.push(run[run.length - 1]);
      run = [];
    }
    for (var original of text) {
      for (var c of normalizeChar(original)) {
        if (isCjk(c)) { endWord(); run.push(c); }
        else if (WORD.test(c)) { endRun(); word += c; }
        else { endWord(); endRun(); }
      }
    }
    endWord();
    endRun();
    return out;
  }

  // The distinct tokens of a query, or an error word, as Query::new decides.
  function query(text) {
    if (Array.from(text).length > rules.maxChars) return { error: 'too-long' };
    var distinct = [];
    var all = tokens(text);
    for (var i = 0; i < all.length; i++) {
      if (distinct.indexOf(all[i]) < 0) {
        if (distinct.length === rules.maxTokens) return { error: 'too-many-tokens' };
        distinct.push(all[i]);
      }
    }
    if (!distinct.length) return { error: 'empty' };
    return { tokens: distinct };
  }

  function hits(field, token) {
    var n = 0;
    for (var i = 0; i < field.length; i++) if (field[i].startsWith(token)) n++;
    return n;
  }

  function score(entry, queryTokens) {
    var total = 0;
    var w = rules.weights;
    for (var i = 0; i < queryTokens.length; i++) {
      var name = hits(entry.name, queryTokens[i]);
      var title = hits(entry.title, queryTokens[i]);
      var detail = hits(entry.detail, queryTokens[i]);
      if (name + title + detail === 0) return null;
      total += w.name * name + w.title * title + w.detail * detail;
    }
    return total;
  }

  // The ids of the codes that match, best first.
  function search(text) {
    var q = query(text);
    if (q.error) return q;
    var found = [];
    data.codes.forEach(function (entry) {
      var s = score(entry, q.tokens);
      if (s !== null) found.push({ id: entry.id, value: entry.value, score: s });
    });
    found.sort(function (a, b) { return b.score - a.score || a.value - b.value; });
    return { hits: found };
  }

  var input = document.getElementById('filter');
  var status = document.getElementById('status');
  var total = data.codes.length;

  function apply() {
    var text = input.value;
    var result = text.trim() ? search(text) : { error: 'empty' };
    var shown = {};
    var all = result.error === 'empty';
    if (result.hits) result.hits.forEach(function (hit) { shown[hit.id] = true; });
    var count = 0;
    data.codes.forEach(function (entry) {
      var visible = all || shown[entry.id] === true;
      document.getElementById(entry.id).hidden = !visible;
      if (visible) count++;
    });
    document.querySelectorAll('section.group').forEach(function (group) {
      group.hidden = !group.querySelector('article.code:not([hidden])');
    });
    status.textContent = '';
    status.dataset.count = String(count);
    status.dataset.best = result.hits && result.hits.length ? result.hits[0].id : '';
    if (result.error && !all) {
      // The page's own words for these, in its language.
      status.textContent = result.error === 'too-long'
        ? status.dataset.tooLong
        : status.dataset.tooManyWords;
      return;
    }
    status.append(count + ' / ' + total);
    if (!all && result.hits.length) {
      var best = document.createElement('a');
      best.href = '#' + result.hits[0].id;
      best.textContent = result.hits[0].id;
      status.append(' · ', best);
    }
  }

  input.addEventListener('input', apply);
  window.wsaerr = { tokens: tokens, search: search };
  apply();
})();
