export * from './jobs';
export * from './queue-connection';
export * from './job-producer';
