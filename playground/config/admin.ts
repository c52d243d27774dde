// The secret defaults are for local development only; set them in production.
export default ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', 'newsroom-local-admin-jwt-secret'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', 'newsroom-local-api-token-salt'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', 'newsroom-local-transfer-token-salt'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', 'newsroom-local-encryption-key'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
