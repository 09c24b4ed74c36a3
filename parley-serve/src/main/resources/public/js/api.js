// Talking to the Parley API, and building highlighted text safely (DOM nodes, never HTML strings).

export const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

export const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

/** GETs an API path with query parameters (empty ones left out); throws the API's error message. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `${response.status} ${url}`);
  return body;
}

/** An element with a class and children (strings become text). */
export function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/**
 * Text with marked ranges: ranges are {start, end, roles: Set, data} relative to text. Where ranges
 * overlap, each piece carries every role that covers it.
 */
export function marked(text, ranges, onMark) {
  const cuts = new Set([0, text.length]);
  for (const range of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = ranges.filter(range => range.start <= start && range.end >= end);
    const piece = text.slice(start, end);
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const roles = new Set(covering.flatMap(range => [...range.roles]));
    const mark = el('mark', [...roles].join(' '), piece);
    if (onMark) onMark(mark, covering);
    fragment.append(mark);
  }
  return fragment;
}

/** The spans of one mention (source, trigger, target) relative to an offset. */
export function mentionRanges(mention, offset = 0) {
  const ranges = [];
  const add = (part, role) => {
    if (part && part.span) ranges.push({ start: part.span[0] - offset, end: part.span[1] - offset, roles: new Set([role]), mention });
  };
  add(mention.source, 'source');
  add(mention.target, 'target');
  add(mention.trigger, 'trigger');
  return ranges;
}

export function dyad(source, target) {
  return `${source ? source.code || source.text : '?'} → ${target ? target.code || target.text : '—'}`;
}
