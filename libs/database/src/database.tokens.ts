/** Injection token of the application's TypeORM DataSource. */
export const DATA_SOURCE = Symbol('DATA_SOURCE');
