export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Long articles (and the summary suggestion for them) can exceed Strapi's 1 MB default.
  { name: 'strapi::body', config: { jsonLimit: '4mb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
