import { describe, expect, it } from 'vitest';
import { emptyReply, jsonReply, StubReply, utf8Length } from './reply.ts';

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

  it('counts every kind of character as TextEncoder encodes it, a lone surrogate as U+FFFD', async () => {
    const texts = ['', 'plain', 'Zoë', '€ and ✓', '🙂 and 𝄞', '\ud83d', 'a\ude00b', '\ud83d\ud83d🙂', `${'é'.repeat(1000)}x`];
    for (const text of texts) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).byteLength);
      const response = new StubReply(200, new Headers(), text).toResponse();
      expect(Number(response.headers.get('content-length'))).toBe((await response.arrayBuffer()).byteLength);
    }
  });

  it('says an empty answer is empty, except where a status never has a body', () => {
    expect(emptyReply(200).toResponse().headers.get('content-length')).toBe('0');
    expect(emptyReply(204).toResponse().headers.get('content-length')).toBeNull();
  });
});
