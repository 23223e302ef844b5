/*
 * Terrinclus search page: reads the query and filters from the URL, asks the engine
 * (recherche/moteur.js), shows results with highlighted excerpts and facet counts, keeps the URL
 * in step so a result list can be shared, bookmarked and navigated with back/forward.
 */
(function () {
  'use strict';
  var PAGE = 10;

  var texts = JSON.parse(document.getElementById('textes-recherche').textContent);
  var form = document.getElementById('recherche');
  var field = document.getElementById('q');
  var facetsBox = document.getElementById('facettes');
  var status = document.getElementById('statut-recherche');
  var list = document.getElementById('resultats');
  var more = document.getElementById('plus');

  var engineScript = document.querySelector('script[src$="moteur.js"]');
  var base = engineScript.src.replace(/moteur\.js$/, '');
  var engine = new TerrinclusSearch.Engine(TerrinclusSearch.scriptStore(base + 'donnees/'));

  // the facets and their order are the index's (its manifest names them), known once it is loaded
  var facetNames = null;
  var state = readUrl();
  var shown = 0;
  var current = null;
  var generation = 0;
  var timer = null;

  function say(key, values) {
    return (texts[key] || key).replace(/\{(\w+)\}/g, function (all, name) { return values && name in values ? values[name] : all; });
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    params.forEach(function (value, name) {
      if (name !== 'q') (filters[name] = filters[name] || []).push(value);
    });
    return { text: params.get('q') || '', filters: filters };
  }

  function writeUrl(push) {
    var params = new URLSearchParams();
    if (state.text) params.set('q', state.text);
    (facetNames || Object.keys(state.filters)).forEach(function (f) {
      (state.filters[f] || []).forEach(function (v) { params.append(f, v); });
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? '?' + query : '');
    if (push) {
      window.history.pushState(null, '', url);
    } else {
      window.history.replaceState(null, '', url);
    }
  }

  /** Link from this page (recherche/) to a site path. */
  function href(path) {
    return '../' + path + (path === '' || path.charAt(path.length - 1) === '/' ? 'index.html' : '');
  }

  function element(tag, attributes, text) {
    var e = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function run() {
    var mine = ++generation;
    var hasFilters = Object.keys(state.filters).some(function (f) { return state.filters[f].length > 0; });
    if (!state.text.trim() && !hasFilters) {
      list.textContent = '';
      more.hidden = true;
      status.textContent = '';
      return engine.init().then(function () { return engine.search({ text: '', filters: {} }); })
        .then(function (result) { if (mine === generation) renderFacets(result.facets); }, fail);
    }
    status.textContent = say('loading');
    var query = { text: state.text, filters: state.filters, prefix: true };
    // results first; facet counts need the facet table, which may still be loading
    return engine.search(Object.assign({ facets: false }, query)).then(function (result) {
      if (mine !== generation) return null;
      current = result;
      shown = 0;
      list.textContent = '';
      announce(result);
      return Promise.all([showMore(), engine.search(query).then(function (withFacets) {
        if (mine === generation) renderFacets(withFacets.facets);
      })]);
    }, fail);
  }

  function fail() {
    status.textContent = say('error');
  }

  function announce(result) {
    var q = state.text.trim();
    if (result.total === 0) {
      status.textContent = say('none', { q: q });
    } else if (result.partial) {
      status.textContent = say('partial', { q: q }) + ' ' + say('results', { n: result.total, q: q });
    } else if (!q) {
      status.textContent = say('results_browse', { n: result.total });
    } else {
      status.textContent = say('results', { n: result.total, q: q });
    }
  }

  function showMore() {
    var result = current;
    var slice = result.hits.slice(shown, shown + PAGE);
    var mine = generation;
    var docs = slice.map(function (h) { return h.doc; });
    return engine.cards(docs).then(function (cards) {
      return Promise.all(docs.map(function (d) { return engine.excerpt(d, result.terms); })).then(function (excerpts) {
        if (mine !== generation) return;
        cards.forEach(function (card, i) { list.appendChild(resultItem(card, excerpts[i])); });
        shown += slice.length;
        more.hidden = shown >= result.total;
      });
    });
  }

  function resultItem(card, excerpt) {
    var li = element('li', { 'class': 'result' });
    var article = element('article');
    var kind = element('p', { 'class': 'card-kind' }, card.type);
    if (card.exemple) {
      kind.appendChild(document.createTextNode(' '));
      kind.appendChild(element('span', { 'class': 'badge-example' }, say('example')));
    }
    article.appendChild(kind);
    var h2 = element('h2', { 'class': 'card-title' });
    h2.appendChild(element('a', { href: href(card.chemin) }, card.titre));
    article.appendChild(h2);
    if (card.faits.length) {
      var facts = element('p', { 'class': 'card-facts' });
      card.faits.forEach(function (f) { facts.appendChild(element('span', {}, f)); });
      article.appendChild(facts);
    }
    var p = element('p', { 'class': 'excerpt' });
    // the engine escapes the text and adds only <mark> elements
    p.innerHTML = excerpt;
    article.appendChild(p);
    li.appendChild(article);
    return li;
  }

  function renderFacets(facets) {
    var focused = document.activeElement && document.activeElement.id;
    facetsBox.textContent = '';
    engine.facetNames().forEach(function (facet) {
      var values = facets[facet] || [];
      if (values.length === 0) return;
      var fieldset = element('fieldset', { 'class': 'facet' });
      fieldset.appendChild(element('legend', {}, say('facet_' + facet)));
      var ul = element('ul');
      values.forEach(function (v) {
        var id = 'f-' + facet + '-' + v.value.replace(/[^A-Za-z0-9_-]/g, '_');
        var li = element('li');
        var input = element('input', { type: 'checkbox', id: id, name: facet, value: v.value });
        input.checked = v.selected;
        var label = element('label', { 'for': id }, v.label + ' ');
        label.appendChild(element('span', { 'class': 'count' }, '(' + v.count + ')'));
        li.appendChild(input);
        li.appendChild(label);
        ul.appendChild(li);
      });
      fieldset.appendChild(ul);
      facetsBox.appendChild(fieldset);
    });
    if (focused) {
      var again = document.getElementById(focused);
      if (again) again.focus();
    }
  }

  field.value = state.text;
  field.addEventListener('input', function () {
    state.text = field.value;
    clearTimeout(timer);
    timer = setTimeout(function () { writeUrl(false); run(); }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    state.text = field.value;
    writeUrl(true);
    run();
  });
  facetsBox.addEventListener('change', function (event) {
    var input = event.target;
    var values = state.filters[input.name] || [];
    values = values.filter(function (v) { return v !== input.value; });
    if (input.checked) values.push(input.value);
    state.filters[input.name] = values;
    writeUrl(true);
    run();
  });
  more.addEventListener('click', function () {
    var first = shown;
    showMore().then(function () {
      var link = list.querySelectorAll('.result a')[first];
      if (link) link.focus();
    });
  });
  window.addEventListener('popstate', function () {
    state = readUrl();
    field.value = state.text;
    run();
  });
  /* arrows move through results; from the field, down goes to the first result */
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    var links = Array.prototype.slice.call(list.querySelectorAll('.result h2 a'));
    if (links.length === 0) return;
    var index = links.indexOf(document.activeElement);
    if (document.activeElement === field && event.key === 'ArrowDown') {
      event.preventDefault();
      links[0].focus();
    } else if (index >= 0) {
      event.preventDefault();
      if (event.key === 'ArrowDown' && index < links.length - 1) links[index + 1].focus();
      else if (event.key === 'ArrowUp' && index > 0) links[index - 1].focus();
      else if (event.key === 'ArrowUp') field.focus();
    }
  });
  // a failed load is told by the search that waits for it
  engine.init().then(function () { facetNames = engine.facetNames(); }, function () { });
  run();
})();
