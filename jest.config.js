/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/shared',
    '<rootDir>/functions',
    '<rootDir>/cli',
    '<rootDir>/addin',
    '<rootDir>/examples',
  ],
  testMatch: ['**/test/**/*.test.ts', '**/test/**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', isolatedModules: true }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/addin/test/stubs/office-addin-manifest.js',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000,
};
