import { describe, expect, it } from 'vitest';
import { emptyReply, jsonReply, StubReply } from './reply.ts';

describe('StubReply.toResponse', () => {
  it('gives a JSON body its length in bytes', async () => {
    const response = jsonReply(200, { name: 'Zoë' }).toResponse();
    expect(response.headers.get('content-length')).toBe('15');
    expect(await response.json()).toEqual({ name: 'Zoë' });
  });

  it('keeps the text media type a Response built from a string would have', async () => {
    const response = new StubReply(200, new Headers(), 'data: hi\n\n').toResponse();
    expect(response.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(response.headers.get('content-length')).toBe('10');
    expect(await response.text()).toBe('data: hi\n\n');
  });

  it('says an empty answer is empty, except where a status never has a body', () => {
    expect(emptyReply(200).toResponse().headers.get('content-length')).toBe('0');
    expect(emptyReply(204).toResponse().headers.get('content-length')).toBeNull();
  });
});
