/**
 * Type declarations for altcha-lib under this project's `moduleResolution: node10`, which
 * ignores the package's `exports` map (and with it the package's own typings). At run time
 * Node resolves these specifiers through `exports` to the CommonJS build whose typings are
 * re-exported here, so the types describe exactly the code that runs.
 */
declare module 'altcha-lib' {
  export * from 'altcha-lib/dist/cjs/v2/index';
}

declare module 'altcha-lib/algorithms/pbkdf2' {
  export * from 'altcha-lib/dist/cjs/v2/algorithms/pbkdf2';
}
