/*
 * Terrinclus search engine, written by the generator into recherche/moteur.js.
 * Plain JavaScript, no module, no fetch: works from file:// and over HTTP.
 *
 * Analysis mirrors fr.terrinclus.search.FrenchAnalysis exactly: the tables (tokenizer rule,
 * articles, stop words, lower-casing, folding) come from Java; only the stemmer is ported.
 * Ranking is Lucene 9's BM25 (k1 = 1.2, b = 0.75) with the same field boosts and norms.
 */
(function (root) {
  'use strict';

  /** The index format this engine reads (ClientIndex.FORMAT_VERSION); another one is refused. */
  var FORMAT_VERSION = 3;

  /* ---------- analysis ---------- */

  function Analyzer(tables) {
    this.token = new RegExp(tables.token, 'gu');
    this.articles = new Set(tables.articles);
    this.stop = new Set(tables.stop);
    // runs [first code point, count, step, offset to the lower case]
    this.lower = new Map();
    for (var i = 0; i < tables.lower.length; i += 4) {
      for (var k = 0; k < tables.lower[i + 1]; k++) {
        var cp = tables.lower[i] + k * tables.lower[i + 2];
        this.lower.set(cp, cp + tables.lower[i + 3]);
      }
    }
    this.fold = new Map(Object.entries(tables.fold));
  }

  /** Java's Character.toLowerCase, code point by code point. */
  Analyzer.prototype.lowerCase = function (s) {
    var out = '';
    for (var ch of s) {
      var cp = ch.codePointAt(0);
      var lower = this.lower.get(cp);
      out += lower === undefined ? ch : String.fromCodePoint(lower);
    }
    return out;
  };

  /** Drops an elided article: l'eau → eau, qu’il → il. */
  Analyzer.prototype.elide = function (s) {
    var i = 0;
    for (; i < s.length; i++) {
      var c = s.charAt(i);
      if (c === "'" || c === '\u2019') break;
    }
    if (i < s.length && this.articles.has(this.lowerCase(s.substring(0, i)))) {
      return s.substring(i + 1);
    }
    return s;
  };

  /** ASCIIFoldingFilter: é → e, œ → oe; UTF-16 unit by unit. */
  Analyzer.prototype.foldAccents = function (s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      var f = c.charCodeAt(0) < 0x80 ? undefined : this.fold.get(c);
      out += f === undefined ? c : f;
    }
    return out;
  };

  /** The analysed form of one raw token, or null when it is a stop word. */
  Analyzer.prototype.term = function (token) {
    var t = this.lowerCase(this.elide(token));
    if (this.stop.has(t)) return null;
    return this.foldAccents(stem(t));
  };

  /** Terms of a text, with the offsets of the tokens they come from. */
  Analyzer.prototype.analyze = function (text) {
    var out = [];
    this.token.lastIndex = 0;
    var m;
    while ((m = this.token.exec(text)) !== null) {
      var term = this.term(m[0]);
      if (term !== null) out.push({ term: term, start: m.index, end: m.index + m[0].length });
    }
    return out;
  };

  /** Terms only. */
  Analyzer.prototype.terms = function (text) {
    return this.analyze(text).map(function (t) { return t.term; });
  };

  /** Folded, lower-cased, unstemmed form of a token: what the lexicon's surface forms hold. */
  Analyzer.prototype.surface = function (token) {
    return this.foldAccents(this.lowerCase(this.elide(token)));
  };

  /* ---------- Savoy's light French stemmer, as Lucene's FrenchLightStemmer ---------- */

  var LETTER = /\p{L}/u;

  function isLetter(c) {
    return LETTER.test(c);
  }

  function endsWith(s, len, suffix) {
    if (suffix.length > len) return false;
    for (var i = 0; i < suffix.length; i++) {
      if (s[len - suffix.length + i] !== suffix.charAt(i)) return false;
    }
    return true;
  }

  function remove(s, pos, len) {
    for (var i = pos; i < len - 1; i++) s[i] = s[i + 1];
    return len - 1;
  }

  var ACCENTS = { 'à': 'a', 'á': 'a', 'â': 'a', 'ô': 'o', 'è': 'e', 'é': 'e', 'ê': 'e', 'ù': 'u', 'û': 'u', 'î': 'i', 'ç': 'c' };

  function norm(s, len) {
    if (len > 4) {
      for (var i = 0; i < len; i++) {
        var a = ACCENTS[s[i]];
        if (a !== undefined) s[i] = a;
      }
      var ch = s[0];
      for (var j = 1; j < len; j++) {
        if (s[j] === ch && isLetter(ch)) {
          len = remove(s, j, len);
          j--;
        } else {
          ch = s[j];
        }
      }
    }
    if (len > 4 && endsWith(s, len, 'ie')) len -= 2;
    if (len > 4) {
      if (s[len - 1] === 'r') len--;
      if (s[len - 1] === 'e') len--;
      if (s[len - 1] === 'e') len--;
      if (s[len - 1] === s[len - 2] && isLetter(s[len - 1])) len--;
    }
    return len;
  }

  function stemChars(s, len) {
    if (len > 5 && s[len - 1] === 'x') {
      if (s[len - 3] === 'a' && s[len - 2] === 'u' && s[len - 4] !== 'e') s[len - 2] = 'l';
      len--;
    }
    if (len > 3 && s[len - 1] === 'x') len--;
    if (len > 3 && s[len - 1] === 's') len--;
    if (len > 9 && endsWith(s, len, 'issement')) { len -= 6; s[len - 1] = 'r'; return norm(s, len); }
    if (len > 8 && endsWith(s, len, 'issant')) { len -= 4; s[len - 1] = 'r'; return norm(s, len); }
    if (len > 6 && endsWith(s, len, 'ement')) {
      len -= 4;
      if (len > 3 && endsWith(s, len, 'ive')) { len--; s[len - 1] = 'f'; }
      return norm(s, len);
    }
    if (len > 11 && endsWith(s, len, 'ficatrice')) { len -= 5; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(s, len); }
    if (len > 10 && endsWith(s, len, 'ficateur')) { len -= 4; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(s, len); }
    if (len > 9 && endsWith(s, len, 'catrice')) {
      len -= 3; s[len - 4] = 'q'; s[len - 3] = 'u'; s[len - 2] = 'e';
      return norm(s, len);
    }
    if (len > 8 && endsWith(s, len, 'cateur')) {
      len -= 2; s[len - 4] = 'q'; s[len - 3] = 'u'; s[len - 2] = 'e'; s[len - 1] = 'r';
      return norm(s, len);
    }
    if (len > 8 && endsWith(s, len, 'atrice')) { len -= 4; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(s, len); }
    if (len > 7 && endsWith(s, len, 'ateur')) { len -= 3; s[len - 2] = 'e'; s[len - 1] = 'r'; return norm(s, len); }
    if (len > 6 && endsWith(s, len, 'trice')) { len--; s[len - 3] = 'e'; s[len - 2] = 'u'; s[len - 1] = 'r'; }
    if (len > 5 && endsWith(s, len, 'ième')) return norm(s, len - 4);
    if (len > 7 && endsWith(s, len, 'teuse')) { len -= 2; s[len - 1] = 'r'; return norm(s, len); }
    if (len > 6 && endsWith(s, len, 'teur')) { len--; s[len - 1] = 'r'; return norm(s, len); }
    if (len > 5 && endsWith(s, len, 'euse')) return norm(s, len - 2);
    if (len > 8 && endsWith(s, len, 'ère')) { len--; s[len - 2] = 'e'; return norm(s, len); }
    if (len > 7 && endsWith(s, len, 'ive')) { len--; s[len - 1] = 'f'; return norm(s, len); }
    if (len > 4 && (endsWith(s, len, 'folle') || endsWith(s, len, 'molle'))) { len -= 2; s[len - 1] = 'u'; return norm(s, len); }
    if (len > 9 && endsWith(s, len, 'nnelle')) return norm(s, len - 5);
    if (len > 9 && endsWith(s, len, 'nnel')) return norm(s, len - 3);
    if (len > 4 && endsWith(s, len, 'ète')) { len--; s[len - 2] = 'e'; }
    if (len > 8 && endsWith(s, len, 'ique')) len -= 4;
    if (len > 8 && endsWith(s, len, 'esse')) return norm(s, len - 3);
    if (len > 7 && endsWith(s, len, 'inage')) return norm(s, len - 3);
    if (len > 9 && endsWith(s, len, 'isation')) {
      len -= 7;
      if (len > 5 && endsWith(s, len, 'ual')) s[len - 2] = 'e';
      return norm(s, len);
    }
    if (len > 9 && endsWith(s, len, 'isateur')) return norm(s, len - 7);
    if (len > 8 && endsWith(s, len, 'ation')) return norm(s, len - 5);
    if (len > 8 && endsWith(s, len, 'ition')) return norm(s, len - 5);
    return norm(s, len);
  }

  function stem(word) {
    var s = word.split('');
    var len = stemChars(s, s.length);
    return s.slice(0, len).join('');
  }

  /* ---------- loading: every data file is a script that calls receive(name, data) ---------- */

  var received = Object.create(null);
  var waiting = Object.create(null);

  function receive(name, data) {
    received[name] = data;
    var w = waiting[name];
    if (w) {
      delete waiting[name];
      w.resolve(data);
    }
  }

  /**
   * Loads data files by name. `run(name, fail)` makes the file run (a <script> element in a
   * browser, the file read and evaluated in tests); its call to receive() settles the promise.
   */
  function Store(run) {
    this.run = run;
    this.promises = Object.create(null);
  }

  Store.prototype.get = function (name) {
    if (name in received) return Promise.resolve(received[name]);
    if (this.promises[name]) return this.promises[name];
    var self = this;
    var promise = new Promise(function (resolve, reject) {
      waiting[name] = { resolve: resolve, reject: reject };
      self.run(name, function (error) {
        delete waiting[name];
        delete self.promises[name];
        reject(error);
      });
    });
    this.promises[name] = promise;
    return promise;
  };

  /** A store that inserts <script> elements next to `base` (the data folder URL, ending with "/"). */
  function scriptStore(base) {
    return new Store(function (name, fail) {
      var script = document.createElement('script');
      script.src = base + name + '.js';
      script.onload = function () { script.remove(); };
      script.onerror = function () {
        script.remove();
        fail(new Error('fichier de recherche introuvable : ' + name));
      };
      document.head.appendChild(script);
    });
  }

  function decodeBase64(text) {
    if (typeof atob === 'function') {
      var raw = atob(text);
      var bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      return bytes;
    }
    return new Uint8Array(Buffer.from(text, 'base64'));
  }

  /* ---------- index ---------- */

  var fr = Math.fround;

  function Engine(store) {
    this.store = store;
    this.ready = null;
  }

  Engine.prototype.init = function () {
    var self = this;
    if (!this.ready) {
      this.ready = Promise.all([this.store.get('manifeste'), this.store.get('analyse')])
        .then(function (parts) {
          var m = parts[0];
          if (m.version !== FORMAT_VERSION) {
            throw new Error('index de recherche au format ' + m.version + ', moteur au format ' + FORMAT_VERSION
              + ' : reconstruisez le site avec la même version de Terrinclus');
          }
          self.manifest = m;
          self.analyzer = new Analyzer(parts[1]);
          self.fields = m.champs.map(function (f) {
            var avgdl = fr(f.termes / f.documents);
            var cache = new Float32Array(256);
            for (var i = 0; i < 256; i++) {
              cache[i] = fr(1 / fr(fr(m.k1) * fr(fr(1 - fr(m.b)) + fr(fr(fr(m.b) * m.longueurs[i]) / avgdl))));
            }
            return { name: f.nom, boost: fr(f.boost), docCount: f.documents, cache: cache };
          });
          return self;
        });
    }
    return this.ready;
  };

  /** Facet values of every page, decoded on first use: {facet: [[value ids of page 0], …]}. */
  Engine.prototype.facetTable = function () {
    var self = this;
    if (!this.tableReady) {
      this.tableReady = this.store.get(this.manifest.fichiers.facettes).then(function (data) {
        var table = {};
        Object.keys(data).forEach(function (facet) {
          var simple = 'simple' in data[facet];
          var reader = varints(decodeBase64(simple ? data[facet].simple : data[facet].liste));
          var column = new Array(self.manifest.documents);
          for (var d = 0; d < column.length; d++) {
            if (simple) {
              var v = reader();
              column[d] = v === 0 ? [] : [v - 1];
              continue;
            }
            var count = reader();
            var ids = new Array(count);
            for (var k = 0; k < count; k++) ids[k] = reader();
            column[d] = ids;
          }
          table[facet] = column;
        });
        self.table = table;
        return table;
      });
    }
    return this.tableReady;
  };

  /** Reads unsigned varints one after the other from `bytes`. */
  function varints(bytes) {
    var pos = 0;
    return function () {
      var v = 0;
      var shift = 0;
      var b;
      do {
        b = bytes[pos++];
        v += (b & 0x7f) * Math.pow(2, shift);
        shift += 7;
      } while (b & 0x80);
      return v;
    };
  }

  /** The shard that holds `term`: the last one whose first term is not after it. */
  Engine.prototype.shardOf = function (term) {
    var starts = this.manifest.fragments;
    var lo = 0;
    var hi = starts.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (starts[mid] <= term) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found < 0 ? null : this.manifest.fichiers.postings + found;
  };

  /** Postings of `term` per field: [[doc, tf, norm, doc, tf, norm…], …], or null when no page has it. */
  Engine.prototype.postings = function (term) {
    var self = this;
    var shard = this.shardOf(term);
    if (shard === null) return Promise.resolve(null);
    return this.store.get(shard).then(function (data) {
      var i = data.termes.indexOf(term);
      if (i < 0) return null;
      var next = varints(decodeBase64(data.postings[i]));
      var fields = [];
      for (var f = 0; f < self.fields.length; f++) {
        var count = next();
        var list = new Array(count * 3);
        var doc = 0;
        for (var k = 0; k < count; k++) {
          doc += next();
          list[3 * k] = doc;
          list[3 * k + 1] = next();
          list[3 * k + 2] = next();
        }
        fields.push(list);
      }
      return fields;
    });
  };

  /** BM25 scores of one term, as Lucene computes them, summed over fields: Map doc → score. */
  Engine.prototype.scoreTerm = function (fields) {
    var scores = new Map();
    for (var f = 0; f < this.fields.length; f++) {
      var field = this.fields[f];
      var list = fields[f];
      var df = list.length / 3;
      if (df === 0) continue;
      var idf = fr(Math.log(1 + (field.docCount - df + 0.5) / (df + 0.5)));
      var weight = fr(field.boost * idf);
      for (var k = 0; k < list.length; k += 3) {
        var doc = list[k];
        var normInverse = field.cache[list[k + 2]];
        var s = fr(weight - fr(weight / fr(1 + fr(list[k + 1] * normInverse))));
        scores.set(doc, (scores.get(doc) || 0) + s);
      }
    }
    scores.forEach(function (v, doc) { scores.set(doc, fr(v)); });
    return scores;
  };

  /* ---------- queries ---------- */

  /** Splits a query into its words, its quoted phrases and the word being typed. */
  function parseQuery(text) {
    var phrases = [];
    var rest = text.replace(/["«»“”]([^"«»“”]*)["«»“”]?/g, function (all, inner) {
      phrases.push(inner);
      return ' ' + inner + ' ';
    });
    var open = !/[\s"«»“”]$/.test(text);
    return { text: rest, phrases: phrases, typing: open };
  }

  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var d = [];
    for (var i = 0; i <= a.length; i++) { d.push([i]); }
    for (var j = 1; j <= b.length; j++) d[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      var rowMin = max + 1;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        var v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
    }
    return d[a.length][b.length];
  }

  /** Typo tolerance: one edit for words of 5 letters or more, two from 9. */
  function allowedEdits(word) {
    return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
  }

  /** Score factor of a word found through a typo: below any exact match of similar weight. */
  var TYPO_FACTOR = 0.5;
  /** How many words a prefix expands to, the most frequent first. */
  var PREFIX_EXPANSIONS = 12;

  Engine.prototype.lexicon = function (surface) {
    var key = surface.slice(0, 2);
    if (this.manifest.lexique.indexOf(key) < 0) return Promise.resolve([]);
    var hex = '';
    for (var i = 0; i < key.length; i++) hex += ('000' + key.charCodeAt(i).toString(16)).slice(-4);
    return this.store.get(this.manifest.fichiers.lexique + hex);
  };

  /**
   * The clauses of a query: each is a list of alternatives {term, factor, exact}; a page must
   * match one alternative of every clause.
   */
  Engine.prototype.clauses = function (parsed, prefix) {
    var self = this;
    var tokens = [];
    var re = new RegExp(this.analyzer.token.source, 'gu');
    var m;
    while ((m = re.exec(parsed.text)) !== null) tokens.push(m[0]);
    var seen = new Set();
    var clauses = [];
    tokens.forEach(function (token, i) {
      var term = self.analyzer.term(token);
      var last = prefix && parsed.typing && i === tokens.length - 1;
      var surface = self.analyzer.surface(token);
      if (term === null && !(last && surface.length >= 2)) return;
      // the same bound as the Java query, read from the manifest
      if (clauses.length >= self.manifest.mots_max) return;
      if (term !== null && seen.has(term) && !last) return;
      if (term !== null) seen.add(term);
      clauses.push({ token: token, surface: surface, term: term, prefix: last, alternatives: [] });
    });
    return Promise.all(clauses.map(function (clause) {
      return (clause.term === null ? Promise.resolve(null) : self.postings(clause.term)).then(function (postings) {
        if (postings) clause.alternatives.push({ term: clause.term, factor: 1, postings: postings });
        var needsLexicon = clause.prefix || (!postings && allowedEdits(clause.surface) > 0);
        if (!needsLexicon) return clause;
        return self.lexicon(clause.surface).then(function (entries) {
          var extra = [];
          var edits = allowedEdits(clause.surface);
          entries.forEach(function (e) {
            if (e[1] === clause.term) return;
            if (clause.prefix && e[0].indexOf(clause.surface) === 0) {
              extra.push({ term: e[1], df: e[2], factor: 1 });
            } else if (!postings && edits > 0 && editDistance(clause.surface, e[0], edits) <= edits) {
              extra.push({ term: e[1], df: e[2], factor: TYPO_FACTOR });
            }
          });
          var byTerm = new Map();
          extra.sort(function (a, b) { return b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0); })
            .forEach(function (e) { if (!byTerm.has(e.term) && byTerm.size < PREFIX_EXPANSIONS) byTerm.set(e.term, e); });
          return Promise.all(Array.from(byTerm.values()).map(function (e) {
            return self.postings(e.term).then(function (p) {
              if (p) clause.alternatives.push({ term: e.term, factor: e.factor, postings: p });
            });
          })).then(function () { return clause; });
        });
      });
    }));
  };

  Engine.prototype.passes = function (doc, filters, except) {
    var table = this.table;
    var dictionaries = this.manifest.facettes;
    for (var facet in filters) {
      // a facet the index does not have (a hand-made address) filters nothing
      if (facet === except || !filters[facet] || filters[facet].length === 0 || !dictionaries[facet]) continue;
      var values = dictionaries[facet].valeurs;
      var own = table[facet][doc];
      var ok = false;
      for (var i = 0; i < own.length; i++) {
        if (filters[facet].indexOf(values[own[i]]) >= 0) { ok = true; break; }
      }
      if (!ok) return false;
    }
    return true;
  };

  /**
   * Runs a query: {text, filters: {facet: [values]}, prefix: true to complete the word being
   * typed, facets: false to skip facet counts (and their table) when nothing is filtered}.
   * Resolves to {hits: [{doc, score}], total, partial, facets, terms}.
   */
  Engine.prototype.search = function (query) {
    var self = this;
    var filters = query.filters || {};
    var filtered = Object.keys(filters).some(function (f) { return filters[f] && filters[f].length > 0; });
    var withFacets = query.facets !== false || filtered;
    return this.init().then(function () {
      var parsed = parseQuery(query.text || '');
      return Promise.all([self.clauses(parsed, query.prefix !== false), withFacets ? self.facetTable() : null])
        .then(function (parts) { return self.rank(parts[0], parsed, filters, withFacets); });
    });
  };

  Engine.prototype.rank = function (clauses, parsed, filters, withFacets) {
    var self = this;
    var n = this.manifest.documents;
    var perClause = clauses.map(function (clause) {
      var best = new Map();
      clause.alternatives.forEach(function (alt) {
        self.scoreTerm(alt.postings).forEach(function (score, doc) {
          var s = alt.factor === 1 ? score : fr(score * alt.factor);
          if (!best.has(doc) || best.get(doc) < s) best.set(doc, s);
        });
      });
      return best;
    });
    var candidates = [];
    var partial = false;
    if (clauses.length === 0) {
      for (var d = 0; d < n; d++) candidates.push({ doc: d, score: 0, matched: 0 });
    } else {
      var union = new Map();
      perClause.forEach(function (scores) {
        scores.forEach(function (score, doc) {
          var c = union.get(doc);
          if (!c) { c = { doc: doc, sum: 0, matched: 0 }; union.set(doc, c); }
          c.sum += score;
          c.matched++;
        });
      });
      union.forEach(function (c) { candidates.push({ doc: c.doc, score: fr(c.sum), matched: c.matched }); });
      var all = candidates.filter(function (c) { return c.matched === clauses.length; });
      if (all.length === 0 && clauses.length > 1) {
        partial = true;
      } else {
        candidates = all;
      }
    }
    var facets = withFacets ? this.facetCounts(candidates, filters) : {};
    var hits = withFacets ? candidates.filter(function (c) { return self.passes(c.doc, filters, null); }) : candidates;
    hits.sort(function (a, b) {
      return (b.matched - a.matched) || (b.score - a.score) || (a.doc - b.doc);
    });
    var terms = [];
    clauses.forEach(function (c) { c.alternatives.forEach(function (a) { terms.push(a.term); }); });
    var result = { hits: hits, total: hits.length, partial: partial, facets: facets, terms: terms, phrases: [] };
    if (parsed.phrases.length === 0) return result;
    var phrases = parsed.phrases.map(function (p) { return self.analyzer.terms(p); })
      .filter(function (p) { return p.length > 1; });
    if (phrases.length === 0) return result;
    return this.keepPhrases(hits, phrases).then(function (kept) {
      result.hits = kept;
      result.total = kept.length;
      result.phrases = phrases;
      return result;
    });
  };

  /** Keeps the pages whose title or text holds every phrase, word after word. */
  Engine.prototype.keepPhrases = function (hits, phrases) {
    var self = this;
    var docs = hits.map(function (h) { return h.doc; });
    return Promise.all([this.cards(docs), Promise.all(docs.map(function (d) { return self.text(d); }))]).then(function (loaded) {
      return hits.filter(function (h, i) {
        var terms = self.analyzer.terms(loaded[0][i].titre + ' \n ' + loaded[1][i]);
        return phrases.every(function (phrase) {
          outer: for (var s = 0; s + phrase.length <= terms.length; s++) {
            for (var k = 0; k < phrase.length; k++) if (terms[s + k] !== phrase[k]) continue outer;
            return true;
          }
          return false;
        });
      });
    });
  };

  /** Counts per facet value among matching pages; a facet's own selection is ignored (OR within a facet). */
  Engine.prototype.facetCounts = function (candidates, filters) {
    var self = this;
    var out = {};
    var dictionaries = this.manifest.facettes;
    Object.keys(dictionaries).forEach(function (facet) {
      var values = dictionaries[facet].valeurs;
      var counts = new Array(values.length).fill(0);
      candidates.forEach(function (c) {
        if (!self.passes(c.doc, filters, facet)) return;
        self.table[facet][c.doc].forEach(function (v) { counts[v]++; });
      });
      var selected = filters[facet] || [];
      out[facet] = values.map(function (value, i) {
        return { value: value, label: dictionaries[facet].libelles[i], count: counts[i], selected: selected.indexOf(value) >= 0 };
      }).filter(function (v) { return v.count > 0 || v.selected; });
    });
    return out;
  };

  /** The file holding `doc` among files of `size` pages each, in `folder` (named by the manifest). */
  function groupName(folder, doc, size) {
    return folder + Math.floor(doc / size);
  }

  /** The cards of some pages, in the order asked, as objects keyed by the card fields the manifest names. */
  Engine.prototype.cards = function (docs) {
    var self = this;
    var size = this.manifest.groupe;
    var names = this.manifest.cartes;
    return Promise.all(docs.map(function (doc) {
      return self.store.get(groupName(self.manifest.fichiers.cartes, doc, size)).then(function (group) {
        var card = {};
        names.forEach(function (name, i) { card[name] = group[doc % size][i]; });
        return card;
      });
    }));
  };

  /** The facets, in the order pages show them; known once `init` resolved. */
  Engine.prototype.facetNames = function () {
    return Object.keys(this.manifest.facettes);
  };

  /** The excerpt text of a page. */
  Engine.prototype.text = function (doc) {
    return this.store.get(groupName(this.manifest.fichiers.extraits, doc, 1));
  };

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** The best passage of a page (about `width` characters) as HTML, matched words in <mark>. */
  Engine.prototype.excerpt = function (doc, terms, width) {
    var self = this;
    var w = width || 220;
    var wanted = new Set(terms);
    return this.text(doc).then(function (text) {
      var found = self.analyzer.analyze(text).filter(function (t) { return wanted.has(t.term); });
      var start = 0;
      var best = -1;
      for (var i = 0; i < found.length; i++) {
        var distinct = new Set();
        for (var j = i; j < found.length && found[j].end - found[i].start <= w; j++) distinct.add(found[j].term);
        if (distinct.size > best) { best = distinct.size; start = found[i].start; }
      }
      if (start > 0) {
        var back = text.lastIndexOf('. ', start);
        if (back >= 0 && start - back < w / 3) {
          start = back + 2;
        } else {
          // a little context before the first match, starting on a word
          var space = text.indexOf(' ', Math.max(0, start - 40));
          start = space >= 0 && space < start ? space + 1 : start;
        }
      }
      var end = Math.min(text.length, start + w);
      if (end < text.length) {
        var space = text.lastIndexOf(' ', end);
        if (space > start + w / 2) end = space;
      }
      var html = start > 0 ? '… ' : '';
      var pos = start;
      found.forEach(function (t) {
        if (t.start < start || t.end > end) return;
        html += escapeHtml(text.substring(pos, t.start)) + '<mark>' + escapeHtml(text.substring(t.start, t.end)) + '</mark>';
        pos = t.end;
      });
      html += escapeHtml(text.substring(pos, end)) + (end < text.length ? ' …' : '');
      return html;
    });
  };

  root.TerrinclusSearch = root.TerrinclusSearch || {};
  root.TerrinclusSearch.receive = receive;
  /** Drops every data file received, so that another index can be loaded (tests switch corpora). */
  root.TerrinclusSearch.forget = function () {
    received = Object.create(null);
  };
  root.TerrinclusSearch.Store = Store;
  root.TerrinclusSearch.scriptStore = scriptStore;
  root.TerrinclusSearch.Engine = Engine;
  root.TerrinclusSearch.parseQuery = parseQuery;
  root.TerrinclusSearch.editDistance = editDistance;
  root.TerrinclusSearch.Analyzer = Analyzer;
  root.TerrinclusSearch.stem = stem;
})(typeof globalThis !== 'undefined' ? globalThis : this);
