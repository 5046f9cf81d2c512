import { AhoCorasick } from './aho-corasick';
import { fold, isAlphabeticWordChar, isHan, normalise, type NormalisedText } from './normalise';
import { lowerBound, sentenceBreaks, sentenceOf } from './sentences';
import { FormRank, surfaceFormsOf, type SurfaceForm } from './surface-forms';
import type { EntityLink, GazetteerEntry, LinkInference } from './types';
import {
  BUREAU_KINDS,
  CITY_POLICE_GAP,
  LINKING_PREPOSITIONS,
  ORGANIZATION_HEADS,
  POLICE_CUES,
  PROGRAMME_KINDS,
  SITE_KINDS,
  STATION_CUES,
  STATION_KINDS,
  STATION_QUALIFIERS,
} from './vocabulary';

const enum CueKind {
  Station = 1,
  Police = 2,
  Qualifier = 3,
  OrganizationHead = 4,
}

interface CueDefinition {
  kind: CueKind;
  police: boolean;
  weak: boolean;
  /** A weak station phrase that also counts in a sentence about the Chinese police. */
  contextual?: boolean;
  /** "stations", "service centres": may refer to the stations of every place named with it. */
  plural?: boolean;
}

interface Pattern {
  forms: SurfaceForm[];
  cues: CueDefinition[];
  /** The best forms, precomputed when no form is an acronym (acronyms depend on the text's case). */
  resolved?: Resolved | null;
}

interface Resolved {
  entries: number[];
  form: SurfaceForm;
  rank: FormRank;
}

/** The entries of the most trustworthy forms among those that matched. */
function resolve(forms: SurfaceForm[]): Resolved | null {
  if (forms.length === 0) return null;
  const rank = Math.min(...forms.map((f) => f.rank));
  const best = forms.filter((f) => f.rank === rank);
  return { entries: [...new Set(best.map((f) => f.entryIndex))], form: best[0], rank };
}

/** A span of the text, in folded (`from`/`to`) and original (`start`/`end`) offsets. */
interface Span {
  from: number;
  to: number;
  start: number;
  end: number;
}

interface Mention extends Span {
  entries: number[];
  form: SurfaceForm;
}

interface CueHit extends Span {
  cue: CueDefinition;
}

const CONFIDENCE: Record<FormRank, number> = {
  [FormRank.Canonical]: 0.95,
  [FormRank.Recorded]: 0.9,
  [FormRank.Derived]: 0.8,
  [FormRank.Pinyin]: 0.85,
};
const ACRONYM_CONFIDENCE = 0.8;
const PLACE_LINK_KINDS: ReadonlySet<string> = new Set(['city', 'region']);
const BUREAU_BY_CITY_CONFIDENCE = 0.8;
const ORGANIZATION_BY_PARTS_CONFIDENCE = 0.75;
const STATION_IN_CITY_CONFIDENCE = 0.7;
const STATION_AT_ADDRESS_CONFIDENCE = 0.6;
const STATION_IN_COUNTRY_CONFIDENCE = 0.5;
const WEAK_CUE_FACTOR = 0.85;
const IMPLIED_BUREAU_FACTOR = 0.7;
const IMPLIED_BUREAU_MAX = 0.5;
/** Original characters allowed between a station phrase and the place it is in. */
const STATION_PLACE_DISTANCE = 120;
/** Folded characters before a weak station phrase searched for a qualifier ("secret … police station"). */
const QUALIFIER_WINDOW = 32;
const POSSESSIVE = /\p{L}['’ʼ‘`´′]s(?!\p{L})/u;
/** A Latin station phrase in the plural ("stations", "service centres", "posts"). */
const PLURAL = /[a-z]{2}s$/;

/**
 * Finds gazetteer entities in a narrative: one Aho–Corasick pass over the folded text (cost grows
 * with the text, not the gazetteer), Latin word boundaries, longest match first, then inference
 * from context (stations near cities, bureaus named with a city, operating bureaus).
 * Offsets are UTF-16 offsets into the original text.
 */
export class Linker {
  private readonly entries: readonly GazetteerEntry[];
  private readonly patterns: Pattern[] = [];
  private readonly automaton: AhoCorasick;
  private readonly indexByKey = new Map<string, number>();
  private readonly stationsByLocation = new Map<string, number[]>();
  private readonly sitesByLocation = new Map<string, number[]>();
  private readonly stationsByCountry = new Map<string, number[]>();
  private readonly bureausByLocation = new Map<string, number[]>();
  /** Folded forms of every station, for narrowing by a district named in the text ("Croydon"). */
  private readonly stationForms = new Map<number, string[]>();
  /** `placeEntryIndex \0 head` → organizations whose name holds both (Changle + "association"). */
  private readonly organizationsByParts = new Map<string, number[]>();
  private readonly gapWords: ReadonlySet<string>;
  private readonly prepositions: ReadonlySet<string>;

  constructor(entries: readonly GazetteerEntry[]) {
    this.entries = entries;
    const byText = new Map<string, Pattern>();
    const patternOf = (folded: string): Pattern => {
      let pattern = byText.get(folded);
      if (!pattern) {
        pattern = { forms: [], cues: [] };
        byText.set(folded, pattern);
      }
      return pattern;
    };
    entries.forEach((entry, index) => {
      this.indexByKey.set(entry.key, index);
      const forms = surfaceFormsOf(entry, index);
      for (const form of forms) patternOf(form.folded).forms.push(form);
      // Full recorded names, parentheticals included: "… – London (Croydon) (GB)".
      if (STATION_KINDS.has(entry.kind)) this.stationForms.set(index, [entry.name, ...entry.names].map((n) => ` ${fold(n)} `));
    });
    for (const { phrase, police, weak, contextual } of STATION_CUES) {
      const folded = fold(phrase);
      patternOf(folded).cues.push({ kind: CueKind.Station, police, weak, contextual: contextual ?? false, plural: PLURAL.test(folded) });
    }
    for (const phrase of POLICE_CUES) patternOf(fold(phrase)).cues.push({ kind: CueKind.Police, police: true, weak: false });
    for (const phrase of STATION_QUALIFIERS) patternOf(fold(phrase)).cues.push({ kind: CueKind.Qualifier, police: false, weak: false });
    for (const phrase of ORGANIZATION_HEADS) patternOf(fold(phrase)).cues.push({ kind: CueKind.OrganizationHead, police: false, weak: false });

    const texts: string[] = [];
    for (const [text, pattern] of byText) {
      if (pattern.forms.length > 0 && pattern.forms.every((f) => f.acronym === null)) pattern.resolved = resolve(pattern.forms);
      texts.push(text);
      this.patterns.push(pattern);
    }
    this.automaton = new AhoCorasick(texts);
    this.gapWords = new Set(CITY_POLICE_GAP.map(fold));
    this.prepositions = new Set(LINKING_PREPOSITIONS.map(fold));
    this.indexRelations();
  }

  /** Sizes, for the benchmark and for a worker that logs what it built. */
  stats(): { entries: number; patterns: number; automatonStates: number } {
    return { entries: this.entries.length, patterns: this.patterns.length, automatonStates: this.automaton.stateCount };
  }

  link(text: string): EntityLink[] {
    const folded = normalise(text);
    const { mentions, cues } = this.scan(text, folded);
    const sentences = sentenceBreaks(text);
    const links: EntityLink[] = [];

    const organizationMentions = this.organizationsByNameParts(text, mentions, cues, folded);
    for (const mention of mentions) {
      const replaced = organizationMentions.get(mention);
      if (replaced) {
        links.push(replaced);
        continue;
      }
      const ambiguous = mention.entries.length > 1;
      for (const index of mention.entries) {
        const base = mention.form.acronym ? ACRONYM_CONFIDENCE : CONFIDENCE[mention.form.rank];
        links.push({
          ...this.describe(index),
          start: mention.start,
          end: mention.end,
          confidence: round(ambiguous ? base / 2 : base),
          evidence: `${evidenceLabel(mention.form)} "${text.slice(mention.start, mention.end)}"`,
          ...(ambiguous ? { ambiguous: true } : {}),
        });
      }
    }

    const places = mentions.filter((m) => m.entries.length === 1 && this.entries[m.entries[0]].entityType === 'location');
    const bureaus = this.bureausByCity(text, folded, places, cues);
    // "the Wenzhou police": the city is part of the bureau's phrase, not a separate place mention.
    const bureauCover = new Uint8Array(text.length + 1);
    for (const b of bureaus) bureauCover.fill(1, b.start, b.end);
    const insideBureau = (l: EntityLink): boolean =>
      !l.inferred && PLACE_LINK_KINDS.has(l.kind) && !bureauCover.subarray(l.start, l.end).includes(0);
    const kept = links.filter((l) => !insideBureau(l));
    links.length = 0;
    links.push(...kept, ...bureaus);
    const stationLinks = this.stationsNearPlaces(text, folded, places, mentions, cues, sentences, links);
    links.push(...stationLinks);
    links.push(...this.operatingBureaus(links));
    return links.sort((a, b) => a.start - b.start || b.end - a.end || a.key.localeCompare(b.key));
  }

  private indexRelations(): void {
    const push = (map: Map<string, number[]>, key: string | null | undefined, index: number): void => {
      if (!key) return;
      const list = map.get(key);
      if (list) list.push(index);
      else map.set(key, [index]);
    };
    this.entries.forEach((entry, index) => {
      if (STATION_KINDS.has(entry.kind)) {
        push(this.stationsByLocation, entry.locationKey, index);
        push(this.stationsByCountry, entry.countryCode, index);
      } else if (SITE_KINDS.has(entry.kind)) {
        push(this.sitesByLocation, entry.locationKey, index);
      } else if (BUREAU_KINDS.has(entry.kind)) {
        push(this.bureausByLocation, entry.locationKey, index);
      }
    });
    // Organizations whose own name holds a place name and a head noun ("America ChangLe Association").
    this.entries.forEach((entry, index) => {
      if (entry.entityType !== 'organization' || STATION_KINDS.has(entry.kind) || SITE_KINDS.has(entry.kind)) return;
      for (const form of surfaceFormsOf(entry, index)) {
        const hits = this.automaton.search(form.folded).filter((h) => hasBoundaries(form.folded, h.start, h.end));
        const heads = hits.filter((h) => this.patterns[h.pattern].cues.some((c) => c.kind === CueKind.OrganizationHead));
        for (const place of hits) {
          const placeEntries = new Set(
            this.patterns[place.pattern].forms.filter((f) => this.entries[f.entryIndex].entityType === 'location').map((f) => f.entryIndex),
          );
          for (const placeIndex of placeEntries) {
            for (const head of heads) {
              const key = `${placeIndex}\u0000${form.folded.slice(head.start, head.end)}`;
              const list = this.organizationsByParts.get(key) ?? [];
              if (!list.includes(index)) list.push(index);
              this.organizationsByParts.set(key, list);
            }
          }
        }
      }
    });
  }

  /** Entity mentions (longest first, no overlaps) and cue phrases found in one automaton pass. */
  private scan(text: string, folded: NormalisedText): { mentions: Mention[]; cues: CueHit[] } {
    const candidates: Array<Mention & { rank: FormRank }> = [];
    const cues: CueHit[] = [];
    for (const hit of this.automaton.search(folded.text)) {
      if (!hasBoundaries(folded.text, hit.start, hit.end)) continue;
      const span: Span = { from: hit.start, to: hit.end, start: folded.starts[hit.start], end: folded.ends[hit.end - 1] };
      const pattern = this.patterns[hit.pattern];
      for (const cue of pattern.cues) cues.push({ ...span, cue });
      if (pattern.forms.length === 0) continue;
      // Descriptive phrases read across a possessive ("the police's service centre"); names do not:
      // "Fuzhou's police" is the Fuzhou police (a bureau by city), not the alias "Fuzhou Police".
      if (POSSESSIVE.test(text.slice(span.start, span.end))) continue;
      const resolved = pattern.resolved ?? resolve(pattern.forms.filter((f) => f.acronym === null || lettersOf(text.slice(span.start, span.end).normalize('NFKC')) === f.acronym));
      if (!resolved) continue;
      candidates.push({ ...span, ...resolved });
    }
    candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.rank - b.rank || a.from - b.from);
    const taken = new Uint8Array(folded.text.length + 1);
    const mentions: Mention[] = [];
    for (const c of candidates) {
      if (overlapsTaken(taken, c.from, c.to)) continue;
      taken.fill(1, c.from, c.to);
      mentions.push({ from: c.from, to: c.to, start: c.start, end: c.end, entries: c.entries, form: c.form });
    }
    mentions.sort((a, b) => a.from - b.from);
    return { mentions, cues: this.selectCues(cues, taken) };
  }

  /**
   * Station and police phrases compete (longest wins: "police station" over "police"); police
   * phrases inside an entity name ("Ministry of Public Security") are not separate mentions.
   */
  private selectCues(cues: CueHit[], entityTaken: Uint8Array): CueHit[] {
    const kept: CueHit[] = [];
    const competing = cues
      .filter((c) => c.cue.kind === CueKind.Station || c.cue.kind === CueKind.Police)
      .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const taken = new Uint8Array(entityTaken.length);
    for (const c of competing) {
      if (overlapsTaken(taken, c.from, c.to)) continue;
      if (c.cue.kind === CueKind.Police && overlapsTaken(entityTaken, c.from, c.to)) continue;
      taken.fill(1, c.from, c.to);
      kept.push(c);
    }
    for (const c of cues) {
      if (c.cue.kind === CueKind.Qualifier) kept.push(c);
      else if (c.cue.kind === CueKind.OrganizationHead && !overlapsTaken(entityTaken, c.from, c.to)) kept.push(c);
    }
    return kept.sort((a, b) => a.from - b.from);
  }

  /** "the Changle association": a place plus a head noun naming exactly one organization. */
  private organizationsByNameParts(text: string, mentions: Mention[], cues: CueHit[], folded: NormalisedText): Map<Mention, EntityLink> {
    const result = new Map<Mention, EntityLink>();
    const heads = cues.filter((c) => c.cue.kind === CueKind.OrganizationHead);
    if (heads.length === 0) return result;
    for (const mention of mentions) {
      if (mention.entries.length !== 1 || this.entries[mention.entries[0]].entityType !== 'location') continue;
      const next = heads[lowerBound(heads, mention.to, (h) => h.from)];
      if (!next || folded.text.slice(mention.to, next.from).trim() !== '') continue;
      const head = next;
      const candidates = this.organizationsByParts.get(`${mention.entries[0]}\u0000${textOf(folded, head)}`) ?? [];
      if (candidates.length !== 1) continue;
      const phrase = `"${text.slice(mention.start, mention.end)}" + "${text.slice(head.start, head.end)}"`;
      result.set(mention, {
        ...this.describe(candidates[0]),
        start: mention.start,
        end: head.end,
        confidence: ORGANIZATION_BY_PARTS_CONFIDENCE,
        evidence: `place and head noun ${phrase} match one organization's name`,
        inferred: 'organization_by_name_parts',
      });
    }
    return result;
  }

  /** "the Fuzhou police", "福州市公安", "police officers from Wenzhou" → that city's bureau. */
  private bureausByCity(text: string, folded: NormalisedText, places: Mention[], cues: CueHit[]): EntityLink[] {
    const links: EntityLink[] = [];
    const policeCues = cues.filter((c) => c.cue.police && (c.cue.kind === CueKind.Police || c.cue.kind === CueKind.Station));
    for (const police of policeCues) {
      const after = lowerBound(places, police.to, (p) => p.from);
      const nearest = [places[after - 1], places[after]].filter((p): p is Mention => p !== undefined);
      for (const place of nearest) {
        const bureaus = this.bureausByLocation.get(this.entries[place.entries[0]].key);
        if (!bureaus || bureaus.length !== 1) continue;
        const cityFirst = place.to <= police.from && this.onlyWords(folded.text.slice(place.to, police.from), this.gapWords, 2);
        const policeFirst =
          police.cue.kind === CueKind.Police &&
          police.to <= place.from &&
          this.onlyWords(folded.text.slice(police.to, place.from), this.prepositions, 2) &&
          folded.text.slice(police.to, place.from).trim() !== '';
        if (!cityFirst && !policeFirst) continue;
        const start = Math.min(place.start, police.start);
        const end = Math.max(place.end, police.end);
        links.push({
          ...this.describe(bureaus[0]),
          start,
          end,
          confidence: BUREAU_BY_CITY_CONFIDENCE,
          evidence: `police phrase "${text.slice(police.start, police.end)}" with city "${text.slice(place.start, place.end)}"`,
          inferred: 'bureau_by_city',
        });
      }
    }
    return links;
  }

  /** A station phrase near a place with known stations links them; context narrows a choice. */
  private stationsNearPlaces(
    text: string,
    folded: NormalisedText,
    places: Mention[],
    mentions: Mention[],
    cues: CueHit[],
    sentences: number[],
    linksSoFar: EntityLink[],
  ): EntityLink[] {
    const links: EntityLink[] = [];
    // Context that tells stations apart must be in the same sentence as the station phrase.
    const sentenceKeys = new Map<number, Set<string>>();
    for (const l of linksSoFar) {
      if (l.ambiguous) continue;
      const s = sentenceOf(sentences, l.start);
      sentenceKeys.set(s, (sentenceKeys.get(s) ?? new Set()).add(l.key));
    }
    const sentenceHints = new Map<number, Set<string>>();
    /** Stations recorded at an address named in the sentence. */
    const sentenceAddressed = new Map<number, Set<number>>();
    for (const m of mentions) {
      const s = sentenceOf(sentences, m.start);
      sentenceHints.set(s, (sentenceHints.get(s) ?? new Set()).add(` ${m.form.folded} `));
      const related = m.entries.length === 1 ? this.entries[m.entries[0]].relatedKey : null;
      const station = related ? this.indexByKey.get(related) : undefined;
      if (station !== undefined) sentenceAddressed.set(s, (sentenceAddressed.get(s) ?? new Set()).add(station));
    }
    const qualifiers = cues.filter((c) => c.cue.kind === CueKind.Qualifier);
    const chineseMentions = mentions.filter((m) => m.entries.some((i) => this.entries[i].countryCode === 'CN'));
    const policeSentences = this.chinesePoliceSentences(cues, chineseMentions, sentences, linksSoFar);

    for (const cue of cues) {
      if (cue.cue.kind !== CueKind.Station) continue;
      const sentence = sentenceOf(sentences, cue.start);
      const inContext = cue.cue.contextual === true && policeSentences.has(sentence);
      if (cue.cue.weak && !inContext && !this.qualified(cue, qualifiers, chineseMentions, folded.text)) continue;
      type Candidate = { place: Mention; stations: number[]; distance: number; scope: LinkInference };
      const candidates: Candidate[] = [];
      for (let p = lowerBound(places, cue.start - STATION_PLACE_DISTANCE, (m) => m.end); p < places.length; p++) {
        const place = places[p];
        if (place.start > cue.end + STATION_PLACE_DISTANCE) break;
        if (sentenceOf(sentences, place.start) !== sentence) continue;
        const distance = place.end <= cue.start ? cue.start - place.end : place.start >= cue.end ? place.start - cue.end : 0;
        if (distance > STATION_PLACE_DISTANCE) continue;
        const found = this.stationsAt(place.entries[0]);
        if (found) candidates.push({ place, ...found, distance });
      }
      if (candidates.length === 0) continue;
      // A singular phrase refers to the nearest place; a plural one to every place named with it
      // ("suspected police stations in Montreal and Brossard").
      const chosen = cue.cue.plural ? candidates : [candidates.reduce((a, b) => (b.distance < a.distance ? b : a))];
      for (const best of chosen) links.push(...this.stationLinks(text, cue, best, sentence, sentenceHints, sentenceKeys, sentenceAddressed));
    }
    // An address recorded for a station names that station.
    const stationKeys = new Set(links.map((l) => l.key));
    for (const place of places) {
      const related = this.entries[place.entries[0]].relatedKey;
      const index = related ? this.indexByKey.get(related) : undefined;
      if (!related || index === undefined || stationKeys.has(related)) continue;
      stationKeys.add(related);
      links.push({
        ...this.describe(index),
        start: place.start,
        end: place.end,
        confidence: STATION_AT_ADDRESS_CONFIDENCE,
        evidence: `address "${text.slice(place.start, place.end)}" recorded for this station`,
        inferred: 'station_at_address',
      });
    }
    return links;
  }

  /**
   * Sentences about the Chinese police: a bureau, station or police programme is linked there, or a
   * police or station phrase stands in the same sentence as a qualifier ("Chinese") or a Chinese entity.
   */
  private chinesePoliceSentences(cues: CueHit[], chineseMentions: Mention[], sentences: number[], links: EntityLink[]): Set<number> {
    const result = new Set<number>();
    for (const l of links) {
      const index = this.indexByKey.get(l.key);
      if (l.ambiguous || index === undefined) continue;
      const kind = this.entries[index].kind;
      if (BUREAU_KINDS.has(kind) || STATION_KINDS.has(kind) || PROGRAMME_KINDS.has(kind)) result.add(sentenceOf(sentences, l.start));
    }
    const chinese = new Set<number>(chineseMentions.map((m) => sentenceOf(sentences, m.start)));
    for (const c of cues) if (c.cue.kind === CueKind.Qualifier) chinese.add(sentenceOf(sentences, c.start));
    for (const c of cues) {
      const police = c.cue.kind === CueKind.Police || (c.cue.kind === CueKind.Station && c.cue.police);
      const s = sentenceOf(sentences, c.start);
      if (police && chinese.has(s)) result.add(s);
    }
    return result;
  }

  private stationLinks(
    text: string,
    cue: CueHit,
    best: { place: Mention; stations: number[]; scope: LinkInference },
    sentence: number,
    sentenceHints: Map<number, Set<string>>,
    sentenceKeys: Map<number, Set<string>>,
    sentenceAddressed: Map<number, Set<number>>,
  ): EntityLink[] {
    const links: EntityLink[] = [];
    {
      const stations = this.narrow(
        best.stations,
        [...(sentenceHints.get(sentence) ?? [])],
        sentenceKeys.get(sentence) ?? new Set(),
        sentenceAddressed.get(sentence) ?? new Set(),
      );
      const ambiguous = stations.length > 1;
      let confidence = best.scope === 'station_in_country' ? STATION_IN_COUNTRY_CONFIDENCE : STATION_IN_CITY_CONFIDENCE;
      if (cue.cue.weak) confidence *= WEAK_CUE_FACTOR;
      if (ambiguous) confidence /= 2;
      const placeText = text.slice(best.place.start, best.place.end);
      const ofMany = ambiguous ? ` (one of ${stations.length} known stations there)` : '';
      for (const index of stations) {
        links.push({
          ...this.describe(index),
          start: cue.start,
          end: cue.end,
          confidence: round(confidence),
          evidence: `station phrase "${text.slice(cue.start, cue.end)}" near "${placeText}"${ofMany}`,
          inferred: best.scope,
          ...(ambiguous ? { ambiguous: true } : {}),
        });
      }
    }
    return links;
  }

  private stationsAt(placeIndex: number): { stations: number[]; scope: LinkInference } | null {
    const place = this.entries[placeIndex];
    if (place.kind === 'address') {
      const related = place.relatedKey ? this.indexByKey.get(place.relatedKey) : undefined;
      return related === undefined ? null : { stations: [related], scope: 'station_at_address' };
    }
    if (place.kind === 'country') {
      const inCountry = place.countryCode ? this.stationsByCountry.get(place.countryCode) : undefined;
      return inCountry && inCountry.length === 1 ? { stations: inCountry, scope: 'station_in_country' } : null;
    }
    const here = this.stationsByLocation.get(place.key) ?? this.sitesByLocation.get(place.key);
    return here ? { stations: here, scope: 'station_in_city' } : null;
  }

  /** Among several stations in one city, keep those the text points at (address, district, bureau, host). */
  private narrow(stations: number[], hints: string[], linkedKeys: ReadonlySet<string>, addressed: ReadonlySet<number>): number[] {
    if (stations.length < 2) return stations;
    const filters: Array<(index: number) => boolean> = [
      (i) => addressed.has(i),
      // One filter per place named nearby: "Croydon" separates the London stations, "London" does not.
      ...hints.map((h) => (i: number) => this.stationForms.get(i)?.some((f) => f.includes(h)) ?? false),
      (i) => linkedKeys.has(this.entries[i].parentKey ?? ''),
      (i) => linkedKeys.has(this.entries[i].hostKey ?? ''),
    ];
    let current = stations;
    for (const keep of filters) {
      const next = current.filter(keep);
      if (next.length > 0 && next.length < current.length) current = next;
    }
    return current;
  }

  /** A weak phrase ("police station") counts after a qualifier ("secret", "Chinese") or a Chinese entity. */
  private qualified(cue: CueHit, qualifiers: CueHit[], chineseMentions: Mention[], text: string): boolean {
    const q = qualifiers[lowerBound(qualifiers, cue.from - QUALIFIER_WINDOW, (c) => c.from)];
    if (q && q.to <= cue.from + 1) return true;
    const m = chineseMentions[lowerBound(chineseMentions, cue.from + 1, (c) => c.to) - 1];
    return m !== undefined && this.onlyWords(text.slice(m.to, cue.from), this.gapWords, 1);
  }

  /**
   * Each linked station or police programme suggests the bureau that runs it (its parent, when that
   * is a bureau), once, unless that bureau is linked already.
   */
  private operatingBureaus(links: EntityLink[]): EntityLink[] {
    const implied: EntityLink[] = [];
    const linked = new Set(links.filter((l) => !l.ambiguous).map((l) => l.key));
    const namedPlaces = new Set(links.filter((l) => !l.inferred && PLACE_LINK_KINDS.has(l.kind)).map((l) => l.key));
    const byMention = new Map<string, EntityLink[]>();
    for (const link of links) {
      const index = this.indexByKey.get(link.key);
      if (index === undefined) continue;
      const { kind, parentKey } = this.entries[index];
      const parent = parentKey ? this.indexByKey.get(parentKey) : undefined;
      // A programme's bureau only when the text also names the bureau's city ("福州 … 海外110"): a
      // programme's own name is often just a brand used by people who never mention who runs it.
      const runByBureau = parent !== undefined && BUREAU_KINDS.has(this.entries[parent].kind);
      const bureauPlace = runByBureau ? this.entries[parent].locationKey : null;
      if (!STATION_KINDS.has(kind) && !(PROGRAMME_KINDS.has(kind) && bureauPlace && namedPlaces.has(bureauPlace))) continue;
      const id = `${link.start}:${link.end}:${link.inferred ?? ''}`;
      byMention.set(id, [...(byMention.get(id) ?? []), link]);
    }
    for (const group of byMention.values()) {
      const parents = new Set(group.map((l) => this.entries[this.indexByKey.get(l.key)!].parentKey));
      if (parents.size !== 1) continue;
      const parentKey = [...parents][0];
      const parent = parentKey ? this.indexByKey.get(parentKey) : undefined;
      if (parent === undefined || !parentKey || linked.has(parentKey)) continue;
      linked.add(parentKey);
      const station = group[0];
      implied.push({
        ...this.describe(parent),
        start: station.start,
        end: station.end,
        confidence: round(Math.min(IMPLIED_BUREAU_MAX, Math.max(...group.map((l) => l.confidence)) * IMPLIED_BUREAU_FACTOR * (group.length > 1 ? 2 : 1))),
        evidence: `operating bureau of ${group.length > 1 ? `each of ${group.length} entities` : `"${station.name}"`} (suggestion)`,
        inferred: 'operating_bureau',
      });
    }
    return implied;
  }

  /** The folded text is only words of `allowed`, at most `max` of them (Han words may be glued). */
  private onlyWords(between: string, allowed: ReadonlySet<string>, max: number): boolean {
    const tokens = between.trim() === '' ? [] : between.trim().split(' ');
    if (tokens.length > max) return false;
    return tokens.every((t) => allowed.has(t) || (isHan(t[0]) && splitsInto(t, allowed)));
  }

  private describe(index: number): Pick<EntityLink, 'kind' | 'key' | 'name'> {
    const { kind, key, name } = this.entries[index];
    return { kind, key, name };
  }
}

function evidenceLabel(form: SurfaceForm): string {
  if (form.acronym) return 'acronym';
  switch (form.rank) {
    case FormRank.Canonical:
      return 'exact name';
    case FormRank.Recorded:
      return 'recorded name';
    case FormRank.Derived:
      return 'part of recorded name';
    case FormRank.Pinyin:
      return 'pinyin of recorded name';
  }
}

/** Latin-script matches must start and end at word boundaries; Han matches need none. */
function hasBoundaries(text: string, from: number, to: number): boolean {
  if (isAlphabeticWordChar(text[from]) && isAlphabeticWordChar(text[from - 1])) return false;
  if (isAlphabeticWordChar(text[to - 1]) && isAlphabeticWordChar(text[to])) return false;
  return true;
}

function overlapsTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true;
  return false;
}

/** Greedy split of a run of Han characters into allowed words ("市的" = "市" + "的"). */
function splitsInto(run: string, allowed: ReadonlySet<string>): boolean {
  if (run === '') return true;
  for (let len = Math.min(run.length, 4); len > 0; len--) {
    if (allowed.has(run.slice(0, len)) && splitsInto(run.slice(len), allowed)) return true;
  }
  return false;
}

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

function textOf(folded: NormalisedText, span: Span): string {
  return folded.text.slice(span.from, span.to);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
