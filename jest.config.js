// One jest config, three projects: pure unit tests, integration tests against the real
// PostgreSQL/Redis, and end-to-end tests that boot all three apps.
const path = require('node:path');

const moduleNameMapper = {
  '^@tnr/(domain|database|queue-contracts|redaction|linking|disclosure|platform)$': '<rootDir>/libs/$1/src',
};
// NestJS 12 and a few of its dependencies ship only ES modules; Jest (on Node 20) needs them
// as CommonJS, so babel compiles just those packages. Our TypeScript goes through ts-jest.
const ESM_ONLY = ['@nestjs', 'file-type', 'strtok3', 'token-types', 'uint8array-extras', '@tokenizer', 'peek-readable', '@scure', '@noble', '@readme', '@apidevtools', '@humanwhocodes'];
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  '^.+\\.m?js$': ['babel-jest', { configFile: path.join(__dirname, 'babel.jest.config.cjs') }],
};
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testEnvironment: 'node',
  moduleNameMapper,
  transform,
  // The last node_modules segment decides (nested copies such as a/node_modules/@noble/hashes too).
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)(?!.*/node_modules/)`],
};
const database = {
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...common, ...database, displayName: 'int', testMatch: ['<rootDir>/**/*.int-spec.ts'], testPathIgnorePatterns: ['/node_modules/'] },
    { ...common, ...database, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  ],
};
