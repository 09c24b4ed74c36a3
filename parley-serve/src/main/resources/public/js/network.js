// The network of directed dyads between countries: edge width by event count, colour by mean
// Goldstein score (red conflict, green cooperation).
import { get } from './api.js';

export class Network {
  constructor(container, onActor) {
    this.cy = cytoscape({
      container, wheelSensitivity: 0.3, minZoom: 0.3, maxZoom: 3,
      style: [
        { selector: 'node', style: { label: 'data(id)', 'font-size': 11, 'font-weight': 600, color: '#1f2d3d',
          'text-valign': 'center', 'background-color': '#dbe6f3', 'border-color': '#5d7ea8', 'border-width': 1.5,
          width: 'data(size)', height: 'data(size)' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85,
          label: 'data(label)', 'font-size': 9, color: '#555', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      ],
    });
    this.cy.on('tap', 'node', event => onActor(event.target.id()));
  }

  async show(filter) {
    const { dyads } = await get('/api/dyads', { ...filter, level: 'country', limit: 60 });
    const degree = new Map();
    for (const d of dyads) {
      degree.set(d.source, (degree.get(d.source) || 0) + d.events);
      degree.set(d.target, (degree.get(d.target) || 0) + d.events);
    }
    const nodes = [...degree].map(([id, n]) => ({ data: { id, size: 26 + 8 * Math.sqrt(n) } }));
    const edges = dyads.filter(d => d.source !== d.target).map(d => ({ data: {
      id: `${d.source}>${d.target}`, source: d.source, target: d.target, label: String(d.events),
      width: 1.5 + 2 * Math.sqrt(d.events), colour: colour(d.goldstein) } }));
    this.cy.elements().remove();
    this.cy.add([...nodes, ...edges]);
    this.cy.layout({ name: nodes.length > 8 ? 'cose' : 'circle', animate: false, randomize: false, padding: 24 }).run();
  }
}

function colour(goldstein) {
  if (goldstein <= -1) return '#c0392b';
  if (goldstein < 1) return '#8e9aa6';
  return '#1e8449';
}
