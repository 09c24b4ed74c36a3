// Event places on vector world outlines (Natural Earth via world-atlas); no tile server.
import { get } from './api.js';

export class EventMap {
  constructor(container, note) {
    this.note = note;
    this.map = L.map(container, { zoomSnap: 0.25, worldCopyJump: true, attributionControl: false, minZoom: 1 })
      .setView([30, 20], 1.5);
    this.markers = L.layerGroup().addTo(this.map);
    this.outlines = fetch('/vendor/countries-110m.json')
      .then(response => response.json())
      .then(world => {
        L.geoJSON(topojson.feature(world, world.objects.countries), {
          style: { color: '#9aa5b1', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
          interactive: false,
        }).addTo(this.map);
        this.markers.eachLayer(marker => marker.bringToFront());
      });
  }

  /** Shows the places of the events the filter selects (up to 500), one circle per place. */
  async show(filter) {
    const page = await get('/api/events', { ...filter, limit: 500 });
    const places = new Map();
    for (const event of page.events) {
      const place = event.place;
      if (!place || place.lat == null || place.lon == null) continue;
      const key = `${place.lat},${place.lon}`;
      if (!places.has(key)) places.set(key, { place, events: [] });
      places.get(key).events.push(event);
    }
    await this.outlines;
    this.markers.clearLayers();
    for (const { place, events } of places.values()) {
      const conflict = events.filter(event => event.quad >= 3).length;
      const colour = conflict * 2 > events.length ? '#c0392b' : conflict > 0 ? '#d68910' : '#1e8449';
      const marker = L.circleMarker([place.lat, place.lon], {
        radius: 5 + 3 * Math.sqrt(events.length), color: '#ffffff', weight: 1.5,
        fillColor: colour, fillOpacity: 0.85, className: 'event-marker',
      });
      marker.bindTooltip(`<strong>${escape(place.name)}</strong>${place.country ? ' (' + escape(place.country) + ')' : ''}<br>`
        + events.slice(0, 6).map(e => `${escape(e.plover)} ${escape(e.source?.code ?? '')} → ${escape(e.target?.code ?? '—')}`).join('<br>')
        + (events.length > 6 ? `<br>… ${events.length - 6} more` : ''));
      this.markers.addLayer(marker);
    }
    const located = [...places.values()].reduce((sum, p) => sum + p.events.length, 0);
    this.note.textContent = `${located} of ${page.total} events placed`;
    if (places.size > 0) {
      const bounds = L.latLngBounds([...places.values()].map(p => [p.place.lat, p.place.lon]));
      this.map.fitBounds(bounds.pad(0.35), { maxZoom: 6 });
    }
  }
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
