// The key defaults are for local development only; set APP_KEYS in production.
export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS', ['newsroomLocalKey1', 'newsroomLocalKey2']),
  },
});
