import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadAnalysers, processLine } from './pipeline-cli';

const analysers = loadAnalysers();
const ROOT = join(__dirname, '..', '..', '..', '..');

describe('pipeline command', () => {
  it('turns one input line into one output line with redacted text, spans, links and incident types', () => {
    const { output, error } = processLine(JSON.stringify({ id: 'r1', text: 'Mr. Lin called me on 13800138000.' }), 1, analysers);
    expect(error).toBeUndefined();
    const parsed = JSON.parse(output) as { id: string; redacted: string; spans: unknown[]; links: unknown[]; incidentTypes: unknown[] };
    expect(parsed).toEqual({ id: 'r1', redacted: 'Mr. [PERSON_1] called me on [PHONE_1].', spans: expect.any(Array), links: expect.any(Array), incidentTypes: expect.any(Array) });
    expect(parsed.spans).toHaveLength(2);
  });

  it.each([
    ['not json {', 'invalid_json', null],
    ['[1,2]', 'not_an_object', null],
    ['{"text":"secret 13800138000"}', 'missing_id', null],
    ['{"id":"r9","text":42}', 'missing_text', 'r9'],
  ])('reports a bad line (%s) as %s without echoing its text', (line, code, id) => {
    const { output, error } = processLine(line, 7, analysers);
    expect(error).toBe(code);
    expect(JSON.parse(output)).toEqual({ id, line: 7, error: code });
    expect(output).not.toContain('13800138000');
  });

  it('runs end to end: good lines in order, bad lines named on stderr, exit status 2', () => {
    const input = [JSON.stringify({ id: 'a', text: '我的手机是13800138000' }), '{broken secret text', '', JSON.stringify({ id: 'b', text: 'no identifiers here' })].join('\n');
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/pipeline/pipeline-cli.ts', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('line 2: invalid_json\n');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; redacted?: string; error?: string });
    expect(lines.map((l) => [l.id, l.redacted ?? l.error])).toEqual([
      ['a', '我的手机是[PHONE_1]'],
      [null, 'invalid_json'],
      ['b', 'no identifiers here'],
    ]);
  });
});
