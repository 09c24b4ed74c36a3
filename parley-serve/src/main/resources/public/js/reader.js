// The document reader: the whole text with every coded event in place.
import { get, el, marked, mentionRanges, dyad } from './api.js';

export class Reader {
  constructor() {
    this.panel = document.getElementById('reader');
    document.getElementById('reader-close').addEventListener('click', () => { this.panel.hidden = true; });
    document.addEventListener('keydown', event => { if (event.key === 'Escape') this.panel.hidden = true; });
  }

  /** Opens a document; when a mention id is given, scrolls to and flashes its trigger. */
  async open(docId, mentionId) {
    const doc = await get(`/api/documents/${encodeURIComponent(docId)}`);
    document.getElementById('reader-title').textContent = doc.title || doc.id;
    document.getElementById('reader-meta').textContent = [doc.source, doc.published,
      `${doc.mentions.length} coded event${doc.mentions.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
    const ranges = [];
    for (const mention of doc.mentions) {
      if (mention.evidence.span) {
        ranges.push({ start: mention.evidence.span[0], end: mention.evidence.span[1], roles: new Set(['evidence']), mention });
      }
      ranges.push(...mentionRanges(mention));
    }
    const text = document.getElementById('reader-text');
    text.replaceChildren(marked(doc.text, ranges, (mark, covering) => {
      const mentions = [...new Set(covering.map(range => range.mention))];
      mark.dataset.mentions = mentions.map(m => m.id).join(' ');
      if (mark.classList.contains('trigger')) {
        mark.title = mentions.map(m => `${m.plover} (${m.code}) ${dyad(m.source, m.target)}`).join('\n');
      }
    }));
    const list = document.getElementById('reader-events');
    list.replaceChildren(...doc.mentions.map(mention => {
      const item = el('li', `quad${mention.quad}`,
        el('span', `badge quad${mention.quad}`, mention.plover),
        el('span', 'code', mention.code),
        el('span', 'dyad', dyad(mention.source, mention.target)),
        el('span', 'date', mention.date || ''),
        mention.place ? el('span', 'place', mention.place.name) : null);
      item.addEventListener('mouseenter', () => this.focus(mention.id, false));
      item.addEventListener('click', () => this.focus(mention.id, true));
      return item;
    }));
    this.panel.hidden = false;
    this.panel.scrollTop = 0;
    if (mentionId) this.focus(mentionId, true);
  }

  focus(mentionId, scroll) {
    const marks = [...document.querySelectorAll('#reader-text mark')];
    for (const mark of marks) mark.classList.toggle('focus', mark.dataset.mentions.split(' ').includes(mentionId));
    const first = marks.find(mark => mark.classList.contains('focus') && mark.classList.contains('trigger'));
    if (scroll && first) first.scrollIntoView({ block: 'center' });
  }
}
