// The page: filters, the event list with highlighted evidence, and wiring of the map, timeline,
// network and document reader to the current filter.
import { PLOVER, QUADS, get, el, marked, mentionRanges, dyad } from './api.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { Network } from './network.js';
import { Reader } from './reader.js';

const PAGE = 25;
const FIELDS = ['q', 'actor', 'country', 'plover', 'from', 'to'];
const $ = id => document.getElementById(id);

const state = { filter: {}, offset: 0, total: 0 };
const map = new EventMap($('map'), $('map-note'));
const timeline = new Timeline($('timeline'), $('timeline-title'));
const reader = new Reader();
const network = new Network($('network'), code => { $('actor').value = code; submit(); });

for (const type of PLOVER) $('plover').append(el('option', null, type));

$('filters').addEventListener('submit', event => { event.preventDefault(); submit(); });
$('clear').addEventListener('click', () => { FIELDS.forEach(f => { $(f).value = ''; }); submit(); });
$('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
$('next').addEventListener('click', () => { state.offset += PAGE; loadEvents(); });

function readFilter() {
  const filter = {};
  for (const field of FIELDS) {
    const value = $(field).value.trim();
    if (value) filter[field] = value;
  }
  return filter;
}

function showError(error) {
  $('error').textContent = error ? error.message : '';
  $('error').hidden = !error;
}

async function submit() {
  state.filter = readFilter();
  state.offset = 0;
  const query = new URLSearchParams(state.filter).toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  try {
    showError(null);
    await Promise.all([loadEvents(), loadDocumentHits(), map.show(state.filter), timeline.show(state.filter),
      network.show(state.filter)]);
  } catch (error) {
    showError(error);
  }
}

async function loadEvents() {
  const page = await get('/api/events', { ...state.filter, limit: PAGE, offset: state.offset });
  state.total = page.total;
  $('event-count').textContent = `${page.total} event${page.total === 1 ? '' : 's'}`;
  $('events').replaceChildren(...page.events.map(eventCard));
  if (page.events.length === 0) $('events').append(el('li', 'empty', 'No events match.'));
  $('page').textContent = page.total ? `${state.offset + 1}–${state.offset + page.events.length} of ${page.total}` : '';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + PAGE >= page.total;
}

function eventCard(event) {
  const card = el('li', `event quad${event.quad}`);
  card.dataset.id = event.id;
  const head = el('div', 'event-head',
    el('span', `badge quad${event.quad}`, event.plover),
    el('span', 'code', event.code),
    el('span', 'dyad', dyad(event.source, event.target)),
    el('span', 'date', event.date || 'undated'));
  head.title = `CAMEO ${event.code}, ${QUADS[event.quad]}, Goldstein ${event.goldstein}`;
  card.append(head);
  for (const mention of event.mentions.slice(0, 3)) {
    const offset = mention.evidence.span ? mention.evidence.span[0] : 0;
    const quote = el('blockquote', 'evidence', marked(mention.evidence.text, mentionRanges(mention, offset)));
    const open = el('button', 'link open-doc', mention.title || mention.doc);
    open.dataset.doc = mention.doc;
    open.addEventListener('click', () => reader.open(mention.doc, mention.id).catch(showError));
    const flags = [mention.negated ? 'negated' : null, mention.mood !== 'asserted' ? mention.mood : null,
      mention.attribution ? `according to ${mention.attribution.text}` : null].filter(Boolean);
    card.append(quote, el('div', 'source-line', open, flags.length ? el('span', 'flags', flags.join(' · ')) : null));
  }
  const more = [event.place ? `in ${event.place.name}${event.place.country ? ', ' + event.place.country : ''}` : null,
    `${event.mentionCount} mention${event.mentionCount === 1 ? '' : 's'} in ${event.documentCount} document${event.documentCount === 1 ? '' : 's'}`];
  card.append(el('div', 'event-foot', more.filter(Boolean).join('  ·  ')));
  return card;
}

async function loadDocumentHits() {
  const box = $('doc-hits');
  box.replaceChildren();
  if (!state.filter.q) return;
  const result = await get('/api/search', { q: state.filter.q, kind: 'document', limit: 5 });
  if (result.total === 0) return;
  box.append(el('h3', null, `${result.total} document${result.total === 1 ? '' : 's'} mention “${result.q}”`));
  for (const hit of result.hits) {
    const ranges = hit.marks.map(([start, end]) => ({ start, end, roles: new Set(['hit']) }));
    const item = el('button', 'doc-hit', el('strong', null, hit.title || hit.doc),
      el('span', 'snippet', marked(hit.text, ranges)));
    item.dataset.doc = hit.doc;
    item.addEventListener('click', () => reader.open(hit.doc).catch(showError));
    box.append(item);
  }
}

const initial = new URLSearchParams(location.search);
FIELDS.forEach(field => { if (initial.has(field)) $(field).value = initial.get(field); });
submit();
