// `DateOrDateTime` (the history's `startDate`/`endDate`): whatever the document's pattern
// admits the stub must accept, and what it refuses the stub refuses, over a grid of calendar
// edges (months 00–13, short months, leap days) and clock edges (hour 24, minute and second 60,
// offsets).
import { describe, expect, it } from 'vitest';
import { sage } from '../../handlers/sage/index.ts';
import { createSchemaCompiler } from '../../src/core/ajv.ts';
import { createStubs } from '../../src/core/stubs.ts';
import { document } from '../../src/generated/sage.document.ts';

const documentAdmits = createSchemaCompiler(document).compile({ $ref: '#/components/schemas/DateOrDateTime' });

const dates = ['1900', '2000', '2024', '2025'].flatMap((year) =>
  ['00', '01', '02', '04', '12', '13', '50'].flatMap((month) =>
    ['00', '01', '28', '29', '30', '31', '32'].map((day) => `${year}-${month}-${day}`),
  ),
);
const times = ['00', '09', '23', '24', '84'].flatMap((hour) =>
  ['00', '59', '60'].flatMap((minute) =>
    ['', ':00', ':59', ':60', ':59.123'].flatMap((second) =>
      ['Z', '+05:30', '-23:59', '+24:00', '+05:60', ''].map((zone) => `2025-07-01T${hour}:${minute}${second}${zone}`),
    ),
  ),
);

describe('DateOrDateTime', () => {
  it('the document and the stub agree on every value of the grid', async () => {
    const stubs = createStubs([sage]);
    const login = await stubs.fetch(
      new Request('http://stubs.test/sage/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'premium@sage.test', password: 'SageDev2025!' }),
      }),
    );
    const token = ((await login.json()) as { data: { session: { accessToken: string } } }).data.session.accessToken;
    const disagreements: string[] = [];
    const admitted = new Set<string>();
    for (const value of [...dates, ...times]) {
      const res = await stubs.fetch(
        new Request(`http://stubs.test/sage/api/consultation/history?startDate=${encodeURIComponent(value)}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
      const admits = documentAdmits(value) === true;
      if (admits) admitted.add(value);
      if ((res.status === 200) !== admits) disagreements.push(`${value}: document ${admits ? 'admits' : 'refuses'}, stub ${res.status}`);
      if (!admits) {
        const body = (await res.json()) as { error: { details: { field: string }[] } };
        expect(body.error.details[0]?.field).toBe('query.startDate');
      }
    }
    expect(disagreements).toEqual([]);
    for (const value of ['2024-02-29', '2000-02-29', '2025-04-30', '2025-07-01T23:59:59.123-23:59', '2025-07-01T09:00+05:30']) {
      expect(admitted.has(value), value).toBe(true);
    }
    for (const value of ['2025-50-01', '2025-01-00', '2025-02-29', '1900-02-29', '2025-04-31', '2025-07-01T84:00Z', '2025-07-01T24:00Z']) {
      expect(documentAdmits(value), value).toBe(false);
    }
    for (const value of ['2025-07-01T09:60Z', '2025-07-01T09:00:60Z', '2025-07-01T09:00+24:00', '2025-07-01T09:00']) {
      expect(admitted.has(value), value).toBe(false);
    }
  });
});
