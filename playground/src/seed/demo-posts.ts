/**
 * Demo posts for the playground's second type (`api::post.post`): bodies are
 * dynamic zones of Markdown, quote and media components, as many existing blogs
 * store them; descriptions are short (80 characters at most).
 */
export interface DemoPost {
  headline: string;
  description?: string;
  /** Markdown paragraphs of the first rich-text component. */
  markdown: string[];
  quote?: { title: string; body: string };
  /** Markdown of a second rich-text component after the quote. */
  more?: string[];
  /** Name of the post's category (`?scope=category`). */
  category: string;
  /** Names of its tags (`?scope=tags`, a multi-valued scope). */
  tags: string[];
}

export const demoPosts: { published: DemoPost[]; drafts: DemoPost[] } = {
  published: [
    {
      headline: 'Moving our blog to a headless CMS',
      category: 'Engineering',
      tags: ['CMS', 'Migration'],
      description: 'Why we left the old monolith, and what we kept.',
      markdown: [
        'For ten years our blog ran on a monolithic CMS that mixed templates, plugins and content in one database.',
        'This spring we moved every post to **Strapi** and a static front end. The content model stayed almost the same: a headline, a description and a body made of blocks.',
      ],
      quote: { title: 'Our editor-in-chief', body: 'Editors should not notice the move, only the speed.' },
      more: ['The migration took three weeks. Most of it went into redirects for old URLs, not into the content itself.'],
    },
    {
      headline: 'Designing a body made of components',
      category: 'Engineering',
      tags: ['CMS', 'Content model'],
      markdown: [
        'A dynamic zone lets a post mix Markdown sections, pull quotes and media in any order.',
        'Front ends render each component with its own template, so a quote can look like a quote and a gallery like a gallery.',
        'The price is that the text of a post is spread over several components, which tools that expect one rich-text field do not read.',
      ],
    },
    {
      headline: 'Reading time that counts the right words',
      category: 'Editorial',
      tags: ['Content model'],
      description: 'Quotes and captions are not what a reader reads first.',
      markdown: [
        'Reading time is the number of words a reader goes through, divided by a reading speed of about 230 words a minute.',
        'We count the Markdown sections of a post and leave quotes and media out, as a reader skims past them.',
      ],
      quote: { title: 'A reader', body: 'Tell me how long it takes before I start.' },
    },
    {
      headline: 'Previous and next, curated by hand',
      category: 'Editorial',
      tags: ['Reading order', 'CMS'],
      markdown: [
        'Our readers follow series of posts, so each post links to the one before and the one after it.',
        'Editors set those links in the edit view; readers only ever see published posts in the chain.',
      ],
    },
  ],
  drafts: [
    {
      headline: 'What we will write about next',
      category: 'Editorial',
      tags: ['Reading order'],
      description: 'A draft: readers do not see it until it is published.',
      markdown: ['This post is still a draft. It continues the reading order for editors, but readers step over it.'],
    },
  ],
};
