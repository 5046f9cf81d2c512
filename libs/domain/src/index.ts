export * from './domain-error';
export * from './report-status';
export * from './report';
export * from './statistics';
