/** Two projects: `unit` (pure logic, no Strapi) and `integration` (a real Strapi on a real database). */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };

module.exports = {
  // Booting Strapi and seeding take seconds on a server database; no test asserts on time.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tests/support/totals-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/server/src/**/__tests__/**/*.test.ts', '<rootDir>/client/__tests__/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/setup/global-setup.ts',
    },
  ],
};
