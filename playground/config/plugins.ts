export default ({ env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'newsroom-local-jwt-secret'),
    },
  },
  newsroom: {
    enabled: true,
    config: {
      summary: {
        maxLength: env.int('NEWSROOM_SUMMARY_MAX_LENGTH', 600),
      },
    },
  },
  graphql: {
    enabled: true,
    config: {
      defaultLimit: 25,
      maxLimit: 100,
      depthLimit: 10,
    },
  },
});
