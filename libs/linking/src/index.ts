export * from './types';
export { Linker } from './linker';
export { gazetteerFromSeed, type SeedFile } from './seed';
export { IncidentClassifier, type IncidentTypesSeed } from './incident-classifier';
