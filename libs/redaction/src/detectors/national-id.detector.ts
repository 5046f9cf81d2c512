import type { Candidate, DetectorInput } from '../candidate';
import { hkIdValid, macauIdShapeValid, prcIdValid, twIdValid } from '../validators';
import { ContextWords } from './context-words';
import { firstMatch, nextMatch } from './context-value';

// Every pattern is a fixed sequence of bounded character classes with at most one optional
// separator between fixed-length blocks: the match attempt from a start is O(pattern length).
const PRC_ID = /(?<![A-Za-z0-9])\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx](?![A-Za-z0-9])/g;
const PRC_ID_OLD = /(?<![A-Za-z0-9])\d{15}(?![A-Za-z0-9])/g;
const HK_ID = /(?<![A-Za-z0-9])[A-Z]{1,2}\d{6} ?(?:\([0-9A]\)|[0-9A])(?![A-Za-z0-9])/g;
const TW_ID = /(?<![A-Za-z0-9])[A-Z][1289]\d{8}(?![A-Za-z0-9])/g;
const MACAU_ID = /(?<![A-Za-z0-9/])(?:[157]\d{6} ?\(\d\)|[157]\/\d{6}\/\d)(?![A-Za-z0-9])/g;

const ID_CONTEXT = new ContextWords(['身份证', '身份證', '身分證', 'id card', 'identity', 'id no', 'id number', '证件', '證件', 'resident id', 'hkid', 'id is', 'id:']);

/** PRC resident ID (checksum), old 15-digit PRC IDs (date + context), Hong Kong, Taiwan and Macau IDs. */
export function detectNationalIds({ text, digits, digitRun, upper }: DetectorInput, out: Candidate[] = []): Candidate[] {
  // Every form has six digits in a row (HKID, Macau with slashes); skip texts without them.
  if (digitRun < 6) return out;
  if (digits >= 17) prcIds(text, out);
  if (digitRun >= 15) oldPrcIds(text, out);
  if (upper > 0) {
    hongKongIds(text, out);
    if (digitRun >= 9) taiwanIds(text, out);
  }
  macauIds(text, out);
  return out;
}

function prcIds(text: string, out: Candidate[]): void {
  for (let m = firstMatch(PRC_ID, text); m !== null; m = nextMatch(PRC_ID, text, m)) {
    const id = m[0].replace(/[ -]/g, '').toUpperCase();
    if (prcIdValid(id)) out.push({ start: m.index, end: m.index + m[0].length, type: 'NATIONAL_ID', confidence: 0.99, key: id });
  }
}

function oldPrcIds(text: string, out: Candidate[]): void {
  for (let m = firstMatch(PRC_ID_OLD, text); m !== null; m = nextMatch(PRC_ID_OLD, text, m)) {
    const id = m[0];
    const month = Number(id.slice(8, 10));
    const day = Number(id.slice(10, 12));
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && ID_CONTEXT.before(text, m.index, 20)) {
      out.push({ start: m.index, end: m.index + id.length, type: 'NATIONAL_ID', confidence: 0.8, key: id });
    }
  }
}

function hongKongIds(text: string, out: Candidate[]): void {
  for (let m = firstMatch(HK_ID, text); m !== null; m = nextMatch(HK_ID, text, m)) {
    const id = m[0].replace(/[ ()]/g, '');
    // The check digit in parentheses is how HKIDs are written; bare, 1 in 11 random codes pass.
    const confidence = m[0].includes('(') || ID_CONTEXT.before(text, m.index, 20) ? 0.95 : 0.8;
    if (hkIdValid(id)) out.push({ start: m.index, end: m.index + m[0].length, type: 'NATIONAL_ID', confidence, key: id });
  }
}

function taiwanIds(text: string, out: Candidate[]): void {
  for (let m = firstMatch(TW_ID, text); m !== null; m = nextMatch(TW_ID, text, m)) {
    if (twIdValid(m[0])) out.push({ start: m.index, end: m.index + m[0].length, type: 'NATIONAL_ID', confidence: 0.95, key: m[0] });
  }
}

function macauIds(text: string, out: Candidate[]): void {
  for (let m = firstMatch(MACAU_ID, text); m !== null; m = nextMatch(MACAU_ID, text, m)) {
    const id = m[0].replace(/[ ()/]/g, '');
    if (macauIdShapeValid(id)) out.push({ start: m.index, end: m.index + m[0].length, type: 'NATIONAL_ID', confidence: 0.85, key: id });
  }
}
