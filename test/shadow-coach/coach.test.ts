// The coach's reading of a message, checked on its own: what escalates, what only gets a
// safety check, and what is ordinary sadness; tags come from the user's words.
import { describe, expect, it } from 'vitest';
import { assessRisk, sentimentOf, tagsIn } from '../../handlers/shadow-coach/coach.ts';

describe('assessRisk', () => {
  it.each([
    'I want to kill myself',
    'I’ve been thinking about ending my life.',
    'Sometimes I think everyone would be better off without me',
    'I keep wanting to hurt myself',
    'I am planning to end it tonight',
    'There is no reason to live anymore',
    'I have been cutting myself again',
    'Honestly I just want to die',
    'I feel SUICIDAL',
    "I don't want to be alive",
  ])('escalates: %s', (text) => {
    expect(assessRisk(text)).toBe('high');
  });

  it.each(['Everything feels hopeless', "I can't go on like this", 'I feel worthless and trapped'])(
    'checks safety without escalating: %s',
    (text) => {
      expect(assessRisk(text)).toBe('medium');
    },
  );

  it.each([
    'I feel sad today',
    'I am so lonely since the move',
    "I keep thinking I'm not good enough",
    'My boss killed my idea in the meeting',
    'This deadline is killing me',
    'I cried all evening and I miss my dad',
    'I am tired and down',
    "I've been feeling anxious about work lately.",
  ])('reads ordinary worry, sadness and self-doubt as no risk: %s', (text) => {
    expect(assessRisk(text)).toBe('none');
  });

  it.each(["I'm completely overwhelmed", "I can't cope with this job", 'I had two panic attacks today', "I can't handle this"])(
    'reads acute distress as low risk: %s',
    (text) => {
      expect(assessRisk(text)).toBe('low');
    },
  );

  it('reads sentiment from the words, a negation turning a word round, and risk overrides it', () => {
    expect(sentimentOf('I feel sad and anxious', 'low')).toBe('negative');
    expect(sentimentOf('I feel calm and grateful', 'none')).toBe('positive');
    expect(sentimentOf('I went to the shop', 'none')).toBe('neutral');
    expect(sentimentOf("I'm not good enough", 'none')).toBe('negative');
    expect(sentimentOf("I don't feel happy at all", 'none')).toBe('negative');
    expect(sentimentOf('I am not anxious any more, just calm', 'none')).toBe('positive');
    expect(sentimentOf('I feel like a failure', 'none')).toBe('negative');
    expect(sentimentOf('I feel calm', 'high')).toBe('very_negative');
  });
});

describe('tagsIn', () => {
  it('finds tags on whole words, in vocabulary order', () => {
    expect(tagsIn("I've been feeling anxious about work lately.").map((t) => t.tag)).toEqual(['anxiety', 'work']);
    expect(tagsIn('My partner says I never rest').map((t) => t.tag)).toEqual(['relationships']);
    expect(tagsIn('Networking events')).toEqual([]); // "work" inside a word is not work
  });
});
