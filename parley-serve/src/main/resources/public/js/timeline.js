// Cooperation (up) against conflict (down) per month for the filtered actor or dyad, with the
// mean Goldstein score as a line.
import { get } from './api.js';

export class Timeline {
  constructor(canvas, title) {
    this.title = title;
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } } },
        scales: {
          x: { stacked: true, grid: { display: false } },
          y: { stacked: true, title: { display: true, text: 'events' }, ticks: { precision: 0, callback: v => Math.abs(v) } },
          goldstein: { position: 'right', min: -10, max: 10, grid: { display: false }, title: { display: true, text: 'Goldstein' } },
        },
      },
    });
  }

  async show(filter) {
    const timeline = await get('/api/timeline', { ...filter, interval: 'month' });
    const who = filter.actor || [filter.source, filter.target].filter(Boolean).join(' → ');
    this.title.textContent = who ? `for ${who}` : 'all actors';
    const buckets = timeline.buckets;
    this.chart.data.labels = buckets.map(b => b.period);
    this.chart.data.datasets = [
      bars('Verbal cooperation', buckets.map(b => b.verbalCooperation), '#7dcea0'),
      bars('Material cooperation', buckets.map(b => b.materialCooperation), '#1e8449'),
      bars('Verbal conflict', buckets.map(b => -b.verbalConflict), '#f0b27a'),
      bars('Material conflict', buckets.map(b => -b.materialConflict), '#c0392b'),
      { type: 'line', order: 0, label: 'Mean Goldstein', data: buckets.map(b => b.goldstein), yAxisID: 'goldstein',
        borderColor: '#34495e', backgroundColor: '#34495e', borderWidth: 2, pointRadius: 3, tension: 0.25 },
    ];
    this.chart.update();
  }
}

function bars(label, data, colour) {
  return { type: 'bar', label, data, backgroundColor: colour, stack: 'events', borderRadius: 2, order: 1 };
}
