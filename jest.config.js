// Two projects: `node` for domain, services, functions, the local cloud and flows; `pages` for mini program pages (jsdom).
const transform = {
  // Type-checking is the test command's `tsc` step; here files are only transpiled, which keeps runs fast.
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
};

module.exports = {
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>'],
      testMatch: ['<rootDir>/{emulator,server,cloudfunctions,scripts,test,database}/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      transform,
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
    {
      displayName: 'pages',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/miniprogram'],
      testMatch: ['<rootDir>/miniprogram/**/*.test.ts'],
      transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/miniprogram/tsconfig.test.json' }],
      },
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
  ],
};
