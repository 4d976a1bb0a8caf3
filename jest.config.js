// Two projects: `node` for domain, services, functions, the local cloud and flows; `pages` for mini program
// pages and the preview's fixture pages in miniprogram-simulate (`*.simulate.test.ts`, jsdom).
const transform = {
  // Type-checking is the test command's `tsc` step; here files are only transpiled, which keeps runs fast.
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
};

// A hang guard, not a speed check: tests assert behaviour and never elapsed time (speed is measured by
// `npm run bench`), so a correct test on a busy machine must not fail for being slow. Jest's default of 5 s
// is such a clock; a test that really hangs still fails here, after a minute.
const testTimeout = 60_000;

module.exports = {
  testTimeout,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  projects: [
    {
      displayName: 'node',
      testTimeout,
      testEnvironment: 'node',
      roots: ['<rootDir>'],
      testMatch: ['<rootDir>/{emulator,server,cloudfunctions,scripts,test,database}/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '\\.simulate\\.test\\.ts$'],
      transform,
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
    {
      displayName: 'pages',
      testTimeout,
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/miniprogram', '<rootDir>/test'],
      testMatch: ['<rootDir>/miniprogram/**/*.test.ts', '<rootDir>/test/**/*.simulate.test.ts'],
      transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/miniprogram/tsconfig.test.json' }],
      },
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
  ],
};
