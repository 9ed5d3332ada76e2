// A hand-built SVG bar chart of req/s per endpoint × connections × server (log scale, since
// ours and Prism dynamic differ by orders of magnitude), for bench-results/bench.svg.

interface ChartRow {
  api: string;
  endpoint: string;
  connections: number;
  results: Partial<Record<string, { rps: number }>>;
}

const SERIES = [
  { key: 'ours', label: 'contract-stubs', color: '#2b7a3d' },
  { key: 'ours-context', label: 'ours, in a context', color: '#5aa06a' },
  { key: 'ours-eov', label: 'ours, eov validator', color: '#9fcf7a' },
  { key: 'prism-static', label: 'Prism static', color: '#4a6fb5' },
  { key: 'prism-dynamic', label: 'Prism dynamic', color: '#c0504d' },
  { key: 'msw', label: 'MSW in-process', color: '#8e6bb8' },
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderChart(rows: ChartRow[], msw: { api: string; rps: number }[]): string {
  const groups = [
    ...rows.map((r) => ({
      label: `${r.api} ${r.endpoint} c=${r.connections}`,
      values: r.results as Record<string, { rps: number } | undefined>,
    })),
    ...msw.map((m) => ({
      label: `${m.api} MSW setupServer GET (in-process)`,
      values: { msw: { rps: m.rps } } as Record<string, { rps: number } | undefined>,
    })),
  ];
  const barH = 14;
  const labelW = 300;
  const plotW = 520;
  const top = 40;
  const max = Math.max(10, ...groups.flatMap((g) => Object.values(g.values).map((v) => v?.rps ?? 0)));
  const decades = Math.ceil(Math.log10(max));
  const x = (v: number) => (v <= 1 ? 0 : (Math.log10(v) / decades) * plotW);
  const parts: string[] = [];
  let y = top;
  for (const group of groups) {
    const present = SERIES.filter((s) => group.values[s.key] !== undefined);
    parts.push(`<text x="${labelW - 8}" y="${y + (present.length * barH) / 2 + 4}" text-anchor="end">${escapeXml(group.label)}</text>`);
    for (const s of present) {
      const v = group.values[s.key]?.rps ?? 0;
      const w = Math.max(1, x(v));
      parts.push(`<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH - 2}" fill="${s.color}"/>`);
      parts.push(`<text x="${labelW + w + 4}" y="${y + barH - 4}" font-size="10">${Math.round(v)}</text>`);
      y += barH;
    }
    y += 10;
  }
  const height = y + 30;
  const grid: string[] = [];
  for (let d = 0; d <= decades; d++) {
    const gx = labelW + (d / decades) * plotW;
    grid.push(`<line x1="${gx}" y1="${top - 5}" x2="${gx}" y2="${y}" stroke="#ddd"/>`);
    grid.push(`<text x="${gx}" y="${y + 14}" text-anchor="middle" font-size="10">${10 ** d}</text>`);
  }
  const legend = SERIES.map(
    (s, i) =>
      `<rect x="${labelW + i * 130}" y="10" width="10" height="10" fill="${s.color}"/><text x="${labelW + i * 130 + 14}" y="19">${s.label}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + plotW + 80}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...grid,
    ...legend,
    ...parts,
    `<text x="${labelW + plotW / 2}" y="${height - 4}" text-anchor="middle" font-size="11">requests per second (log scale)</text>`,
    '</svg>',
    '',
  ].join('\n');
}
