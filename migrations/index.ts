import { InitialSchema1764442800000 } from './1764442800000-InitialSchema';

/** Every migration, in order. Listed as classes so compiled and ts-jest runs share one list. */
export const MIGRATIONS = [InitialSchema1764442800000];
