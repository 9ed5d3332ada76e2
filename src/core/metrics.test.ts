import { describe, expect, it } from 'vitest';
import { METRICS_WINDOW_MS, RequestMetrics } from './metrics.ts';

describe('RequestMetrics', () => {
  it('counts answers, 5xx errors and durations, keeps only the last window, and clears counts but not uptime', () => {
    let t = 1000;
    const metrics = new RequestMetrics(() => t);
    metrics.record('GET /a', 200, 4);
    t += 10;
    metrics.record('GET /a', 503, 6);
    metrics.record(null, 404, 1);
    t += 5;
    expect(metrics.snapshot()).toEqual({
      uptimeMs: 15,
      requests: 3,
      errors: 1,
      totalDurationMs: 11,
      windowMs: METRICS_WINDOW_MS,
      recent: [
        { operation: 'GET /a', status: 200, durationMs: 4, ageMs: 15 },
        { operation: 'GET /a', status: 503, durationMs: 6, ageMs: 5 },
        { operation: null, status: 404, durationMs: 1, ageMs: 5 },
      ],
    });
    // The first answer falls out of the window; the totals keep it.
    t += METRICS_WINDOW_MS - 10;
    const later = metrics.snapshot();
    expect(later.recent.map((r) => r.status)).toEqual([503, 404]);
    expect(later.requests).toBe(3);
    metrics.clear();
    expect(metrics.snapshot()).toMatchObject({
      uptimeMs: 15 + METRICS_WINDOW_MS - 10,
      requests: 0,
      errors: 0,
      totalDurationMs: 0,
      recent: [],
    });
  });
});

describe('RequestMetrics at capacity', () => {
  it('keeps the last `capacity` answers, oldest first, as the ring wraps', () => {
    let t = 0;
    const metrics = new RequestMetrics(() => t, 3);
    for (let status = 200; status < 207; status++) {
      t += 1;
      metrics.record('GET /a', status, 1);
    }
    const snapshot = metrics.snapshot();
    expect(snapshot.requests).toBe(7);
    expect(snapshot.recent.map((r) => [r.status, r.ageMs])).toEqual([
      [204, 2],
      [205, 1],
      [206, 0],
    ]);
    // A reset empties the ring; it fills again from the start.
    metrics.clear();
    metrics.record('GET /b', 201, 2);
    expect(metrics.snapshot().recent).toEqual([{ operation: 'GET /b', status: 201, durationMs: 2, ageMs: 0 }]);
  });
});
