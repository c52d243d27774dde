// `LOG_LEVEL=error` quiets the playground (the tests use it); Strapi's default is `http`.
export default ({ env }) => ({
  level: env('LOG_LEVEL', 'http'),
});
