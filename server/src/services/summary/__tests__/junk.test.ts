import { junkKind } from '../junk';
import { resolveLanguage } from '../locale';
import { words } from '../sentences';
import { summarize } from '..';

const kindOf = (text: string, locale = 'en') => junkKind(text, words(text, resolveLanguage(locale)));

describe('junkKind', () => {
  it.each([
    ['Do you remember the last time the river froze?', 'en'],
    ['Pourquoi la ville a-t-elle attendu si longtemps ?', 'fr'],
  ])('calls a question to the reader a question: %s', (text, locale) => {
    expect(kindOf(text, locale)).toBe('question');
  });

  it.each([
    ['Read more: the council budget explained.', 'en'],
    ['Subscribe to our newsletter for the latest news.', 'en'],
    ['Sign up for our daily briefing.', 'en'],
    ['Click here to see the full list.', 'en'],
    ['No time to read?', 'en'],
    ['No time to read? Listen to this article.', 'en'],
    ['À lire aussi : le budget de la ville en détail.', 'fr'],
    ['Abonnez-vous à notre lettre d’information.', 'fr'],
    ['Lesen Sie auch: Der Haushalt der Stadt.', 'de'],
    ['Lee también: el presupuesto de la ciudad.', 'es'],
  ])('finds a call to action: %s', (text, locale) => {
    expect(kindOf(text, locale)).toBe('call-to-action');
  });

  it.each(['By Jane Smith', 'Par Jean Dupont', 'Von Anna Müller'])('finds a byline: %s', (text) => {
    expect(kindOf(text)).toBe('byline');
  });

  it.each(['Published 3 March 2024', 'Updated: 12:45 GMT, 4 May 2023', 'Publié le 5 mai 2024 à 10h32', 'Monday 4 March 2024.'])(
    'finds a dateline: %s',
    (text) => {
      expect(kindOf(text)).toBe('dateline');
    }
  );

  it.each(['Photo: Jane Smith/Reuters', 'Image caption: The new tram at the depot', '© AFP', 'Crédit photo : Jean Dupont / AFP'])(
    'finds a photo credit: %s',
    (text) => {
      expect(kindOf(text, 'fr')).toBe('credit');
    }
  );

  it.each(['Advertisement', 'ADVERTISEMENT', 'Publicité', 'Anzeige'])('finds an advertisement label: %s', (text) => {
    expect(kindOf(text)).toBe('advertisement');
  });

  it('finds social-media debris', () => {
    expect(kindOf('#Vaccination #Covid19 @Prefet79 pic.twitter.com/aJvOyf4rBG')).toBe('credit');
    expect(kindOf('Follow the story #tram #city #budget #council')).toBe('social');
  });

  it.each([
    'The council approved the tram line on Tuesday.',
    'By Friday the river had risen by two metres.',
    'The full report should be read before the vote, the mayor told councillors.',
    'The photo agency said it had sold 40 images of the flood.',
    'Published figures show that rents rose by 4% last year in the city centre and suburbs.',
  ])('keeps a statement: %s', (text) => {
    expect(kindOf(text)).toBeUndefined();
  });
});

describe('summarize and page furniture', () => {
  const article = [
    'By Jane Smith',
    'Published 3 March 2024',
    'No time to read? Listen to this article.',
    'Harbourside council voted on Tuesday to build a tram line linking the northern suburbs with the central station.',
    'Advertisement',
    'The line will have 14 stops and is expected to carry 40,000 passengers a day.',
    'Do you think the city needs a tram?',
    'Construction starts next spring and should take three years.',
    'Photo: Jane Smith/Reuters',
    'Read more: how the council voted.',
    'Subscribe to our newsletter.',
  ].join('\n\n');

  it('never picks furniture or questions while statements exist', () => {
    const { sentences } = summarize(article, { locale: 'en', maxSentences: 5, maxLength: 2000 });
    expect(sentences.map(({ text }) => text)).toEqual([
      'Harbourside council voted on Tuesday to build a tram line linking the northern suburbs with the central station.',
      'The line will have 14 stops and is expected to carry 40,000 passengers a day.',
      'Construction starts next spring and should take three years.',
    ]);
  });

  it('never fills space with a fragment of a few words', () => {
    const { sentences } = summarize(
      'The council approved the tram line after a long debate on Tuesday. It did. Yes. Work starts in spring next year.',
      {
        locale: 'en',
        maxSentences: 4,
        maxLength: 2000,
      }
    );
    expect(sentences.map(({ text }) => text)).not.toContain('It did.');
    expect(sentences.map(({ text }) => text)).not.toContain('Yes.');
  });

  it('falls back to furniture when nothing else exists, so the summary is not empty', () => {
    expect(summarize('Subscribe to our newsletter.', { locale: 'en' }).summary).toBe('Subscribe to our newsletter.');
  });
});
