// The page's filter. It applies the search rules of wsaerr's Rust library
// (src/search/): the same normalization, tokens and terms, and the sums of
// the same weights, which come precomputed in #wsaerr-index; only the query
// is cut into terms here.
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

  // A token as a term: compounds as their parts, Latin words stemmed
  // (src/search/terms.rs).
  function stem(token) {
    if (!/^[a-z]+$/.test(token)) return token;
    var out = token;
    for (var i = 0; i < rules.suffixes.length; i++) {
      var suffix = rules.suffixes[i];
      if (out.endsWith(suffix)) {
        var rest = out.slice(0, out.length - suffix.length);
        if (rest.length >= rules.minStem && !(suffix === 's' && rest.endsWith('s'))) { out = rest; break; }
      }
    }
    if (out.endsWith('e') && out.length - 1 >= rules.minStem) out = out.slice(0, -1);
    return out;
  }

  function terms(text) {
    var out = [];
    tokens(text).forEach(function (token) {
      for (var i = 0; i < rules.compounds.length; i++) {
        if (rules.compounds[i][0] === token) {
          rules.compounds[i][1].forEach(function (part) { out.push(stem(part)); });
          return;
        }
      }
      out.push(stem(token));
    });
    return out;
  }

  // The distinct terms of a query, or an error word, as Query::new decides,
  // and the word being typed: the last term when the text ends inside it.
  function query(text) {
    if (new TextEncoder().encode(text).length > rules.maxBytes) return { error: 'too-long' };
    var distinct = [];
    var seen = new Set();
    var all = terms(text);
    all.forEach(function (term) {
      if (!seen.has(term)) { seen.add(term); distinct.push(term); }
    });
    if (!distinct.length) return { error: 'empty' };
    var partial = /[\p{Alphabetic}\p{N}]$/u.test(text) ? all[all.length - 1] : null;
    return { terms: distinct, partial: partial };
  }

  // The index's ASCII terms, sorted, for the word being typed.
  var asciiTerms = Object.keys(data.weights).filter(function (term) {
    return /^[\x00-\x7f]*$/.test(term);
  }).sort();

  // The whole terms a word being typed stands for, as the Rust index
  // completes it: every ASCII term it begins, if there are few enough.
  function completions(partial) {
    if (partial === null || !/^[\x00-\x7f]*$/.test(partial)) return [];
    if (Object.prototype.hasOwnProperty.call(data.weights, partial)) return [];
    var found = asciiTerms.filter(function (term) { return term.startsWith(partial); });
    return found.length > rules.prefixExpansions ? [] : found;
  }

  // The codes the words point to, best first, with their scores: the sum
  // of each distinct term's weight in a document, as the Rust index adds
  // them, and for each code its best document's.
  function search(text) {
    var q = query(text);
    if (q.error) return q;
    var inDocuments = new Array(data.documents.length).fill(0);
    q.terms.concat(completions(q.partial)).forEach(function (term) {
      var list = Object.prototype.hasOwnProperty.call(data.weights, term) ? data.weights[term] : [];
      list.forEach(function (posting) { inDocuments[posting[0]] += posting[1]; });
    });
    var scores = new Array(data.codes.length).fill(0);
    inDocuments.forEach(function (matched, document) {
      var code = data.documents[document][0];
      var score = matched * (1 + matched / data.documents[document][1]);
      if (score > scores[code]) scores[code] = score;
    });
    var found = [];
    data.codes.forEach(function (entry, i) {
      if (scores[i] > 0) found.push({ id: entry.id, value: entry.value, score: scores[i] });
    });
    found.sort(function (a, b) { return b.score - a.score || a.value - b.value; });
    var shown = found.filter(function (hit) { return hit.score >= found[0].score * rules.shownRatio; });
    return { hits: found, shown: shown };
  }

  var input = document.getElementById('filter');
  var status = document.getElementById('status');
  var total = data.codes.length;

  function apply() {
    var text = input.value;
    var result = text.trim() ? search(text) : { error: 'empty' };
    var shown = {};
    var all = result.error === 'empty';
    if (result.shown) result.shown.forEach(function (hit) { shown[hit.id] = true; });
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
      status.textContent = status.dataset.tooLong;
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
  window.wsaerr = { tokens: tokens, terms: terms, search: search };
  apply();
})();
