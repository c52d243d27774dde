/**
 * Two projects: `unit` (pure logic, no Strapi; the admin's hooks and components in jsdom,
 * each such file saying so in its `@jest-environment jsdom` docblock) and `integration`
 * (a real Strapi on a real database).
 */
const transform = {
  '^.+\\.tsx$': [
    '@swc/jest',
    { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
  ],
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }],
};

/**
 * Integration suites whose outcome does not depend on the database: they test answer
 * shapes, options, text processing and the HTTP client over paths the other suites
 * already run on every database. They run on SQLite only (`npm test`); every other
 * suite also runs on PostgreSQL and MariaDB (`test:postgres`, `test:mysql`).
 */
const DATABASE_INDEPENDENT = [
  'client',
  'client-types',
  'documentation',
  'plugin-config',
  'playground-seed',
  'strict-mode',
  'summary',
  'summary-formats',
];
const serverDatabase = ['postgres', 'mysql'].includes(process.env.DATABASE_CLIENT ?? '');

module.exports = {
  // Booting Strapi and seeding take seconds on a server database; no test asserts on time.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tests/support/totals-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: [
        '<rootDir>/server/src/**/__tests__/**/*.test.ts',
        '<rootDir>/admin/src/**/__tests__/**/*.test.{ts,tsx}',
        '<rootDir>/client/__tests__/**/*.test.ts',
        '<rootDir>/tests/unit/**/*.test.ts',
      ],
      // The admin's tests run its components without the Strapi admin (a stub of the hooks they use).
      moduleNameMapper: { '^@strapi/strapi/admin$': '<rootDir>/admin/src/__tests__/support/strapi-admin.ts' },
      // react-dnd ships ES modules only.
      transformIgnorePatterns: ['/node_modules/(?!(react-dnd|react-dnd-html5-backend|dnd-core|@react-dnd)/)'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      testPathIgnorePatterns: serverDatabase ? DATABASE_INDEPENDENT.map((name) => `/tests/integration/${name}\\.test\\.ts$`) : [],
      globalSetup: '<rootDir>/tests/integration/setup/global-setup.ts',
    },
  ],
};
