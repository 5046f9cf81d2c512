import { IncidentClassifier, Linker, type EntityLink, type IncidentTypeTag } from '@tnr/linking';
import { redact, type RedactionSpan } from '@tnr/redaction';

export interface NarrativeAnalysis {
  redacted: string;
  spans: RedactionSpan[];
  links: EntityLink[];
  incidentTypes: IncidentTypeTag[];
}

export interface Analysers {
  linker: Linker;
  classifier: IncidentClassifier;
}

/**
 * The one pipeline shared by the worker, the `pipeline` command and the benchmarks:
 * link first, so that known organizations, stations and places are protected from
 * redaction, then redact, then tag incident types.
 */
export function analyseNarrative(text: string, { linker, classifier }: Analysers): NarrativeAnalysis {
  const links = linker.link(text);
  const { redacted, spans } = redact(text, { protect: links.map(({ start, end }) => ({ start, end })) });
  return { redacted, spans, links, incidentTypes: classifier.classify(text) };
}
