import type { ReportRepository } from '@tnr/database';
import { IncidentClassifier, Linker, type GazetteerEntry } from '@tnr/linking';
import { NarrativeCipher } from '@tnr/platform';
import { randomBytes } from 'node:crypto';
import type { GazetteerAnalysers, GazetteerService } from '../pipeline/gazetteer.service';
import { RelinkAllHandler, type RelinkProgress } from './relink-all.handler';

const entry: GazetteerEntry = { key: 'org_test_assoc', entityType: 'organization', kind: 'hometown_association', name: 'Quillon Hometown Association', names: ['Quillon Hometown Association'], countryCode: 'NL', locationKey: null, parentKey: null, hostKey: null };

function analysers(version: number): GazetteerAnalysers {
  return { version, linker: new Linker([entry]), classifier: new IncidentClassifier({ types: [] }), byKey: new Map([[entry.key, entry]]) };
}

describe('RelinkAllHandler', () => {
  const cipher = new NarrativeCipher(randomBytes(32).toString('base64'));
  const ids = Array.from({ length: 250 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const sealed = new Map(ids.map((id) => [id, cipher.encrypt(id, `The Quillon Hometown Association called about report ${id}.`)]));

  function fakes(versions: number[]) {
    const replaced: Array<{ id: string; keys: string[] }> = [];
    const reports = {
      countAnalysed: async () => ids.length,
      listAnalysed: async (after: string | null, limit: number) =>
        ids.filter((id) => after === null || id > after).slice(0, limit).map((id) => ({ id, revision: 1, processedRevision: 1, narrativeCiphertext: sealed.get(id)!.ciphertext, narrativeWrappedKey: sealed.get(id)!.wrappedKey })),
      replaceSuggestions: async (id: string, _rev: number, links: Array<{ key: string }>) => {
        replaced.push({ id, keys: links.map((l) => l.key) });
        return true;
      },
    } as unknown as ReportRepository;
    let call = 0;
    const gazetteer = { analysers: async () => analysers(versions[Math.min(call++, versions.length - 1)]) } as unknown as GazetteerService;
    return { handler: new RelinkAllHandler(reports, gazetteer, cipher), replaced };
  }

  it('re-links every analysed report in batches and reports progress', async () => {
    const { handler, replaced } = fakes([5]);
    const progress: RelinkProgress[] = [];
    const outcome = await handler.handle({ v: 1, gazetteerVersion: 5 }, null, async (p) => void progress.push(p));
    expect(outcome.status).toBe('completed');
    expect(replaced.map((r) => r.id)).toEqual(ids);
    expect(replaced.every((r) => r.keys.includes('org_test_assoc'))).toBe(true);
    expect(progress.map((p) => p.done)).toEqual([100, 200, 250]);
    expect(progress[progress.length - 1]).toEqual({ done: 250, total: 250, cursor: ids[249] });
  });

  it('resumes after the cursor a failed attempt left in the job progress', async () => {
    const { handler, replaced } = fakes([5]);
    await handler.handle({ v: 1, gazetteerVersion: 5 }, { done: 100, total: 250, cursor: ids[99] }, async () => undefined);
    expect(replaced.map((r) => r.id)).toEqual(ids.slice(100));
  });

  it('stops as soon as a newer gazetteer version exists', async () => {
    const { handler, replaced } = fakes([5, 6]);
    const outcome = await handler.handle({ v: 1, gazetteerVersion: 5 }, null, async () => undefined);
    expect(outcome.status).toBe('superseded');
    expect(replaced).toHaveLength(100);
  });
});
