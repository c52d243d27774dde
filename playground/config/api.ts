export default ({ env }) => ({
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // Strapi's strict checks, off by default; NEWSROOM_STRICT=true turns them all on (the tests check the plugin under them).
    strictParams: env.bool('NEWSROOM_STRICT', false),
  },
  documents: {
    strictParams: env.bool('NEWSROOM_STRICT', false),
    strictRelations: env.bool('NEWSROOM_STRICT', false),
  },
});
