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

  /* ---------- analysis ---------- */

  function Analyzer(tables) {
    this.token = new RegExp(tables.token, 'gu');
    this.articles = new Set(tables.articles);
    this.stop = new Set(tables.stop);
    this.lower = new Map();
    for (var i = 0; i < tables.lower.length; i += 2) {
      this.lower.set(tables.lower[i], tables.lower[i + 1]);
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

  root.TerrinclusSearch = root.TerrinclusSearch || {};
  root.TerrinclusSearch.Analyzer = Analyzer;
  root.TerrinclusSearch.stem = stem;
})(typeof globalThis !== 'undefined' ? globalThis : this);
