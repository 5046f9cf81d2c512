import { redact } from './redact';
import type { RedactionType } from './types';

/** The types found in `text`, with the text each span covers. */
function found(text: string, protect: Array<{ start: number; end: number }> = []): Array<[RedactionType, string]> {
  return redact(text, { protect }).spans.map((s) => [s.type, text.slice(s.start, s.end)]);
}

describe('redact: one class at a time', () => {
  it.each<[string, RedactionType, string]>([
    ['Call me on +86 138 0013 8000 tonight.', 'PHONE', '+86 138 0013 8000'],
    ['手机13800138000，急', 'PHONE', '13800138000'],
    ['电话：１３８００１３８０００', 'PHONE', '１３８００１３８０００'],
    ['0086-138-0013-8000', 'PHONE', '0086-138-0013-8000'],
    ['(+86)13800138000', 'PHONE', '(+86)13800138000'],
    ['座机0591-87654321', 'PHONE', '0591-87654321'],
    ['Landline (020) 7946 0958', 'PHONE', '(020) 7946 0958'],
    ['US: 415-555-0132', 'PHONE', '415-555-0132'],
    ['mail me at li.na@example.org.', 'EMAIL', 'li.na@example.org'],
    ['邮箱：ｌｉｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'EMAIL', 'ｌｉｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ['加我wxid_ab12cd34ef', 'MESSENGER_ID', 'wxid_ab12cd34ef'],
    ['微信号：river_2024', 'MESSENGER_ID', 'river_2024'],
    ['QQ号：123456789', 'MESSENGER_ID', '123456789'],
    ['see t.me/some_channel.', 'MESSENGER_ID', 't.me/some_channel'],
    ['posted on https://weibo.com/u/1234567890 yesterday', 'SOCIAL_URL', 'https://weibo.com/u/1234567890'],
    ['身份证350102198703120418', 'NATIONAL_ID', '350102198703120418'],
    ['HKID A123456(3)', 'NATIONAL_ID', 'A123456(3)'],
    ['身分證字號A123456789', 'NATIONAL_ID', 'A123456789'],
    ['护照EA1234567', 'PASSPORT', 'EA1234567'],
    ['My passport number is CD7654321', 'PASSPORT', 'CD7654321'],
    ['回乡证H12345678', 'PASSPORT', 'H12345678'],
    ['车牌闽A·12345', 'LICENSE_PLATE', '闽A·12345'],
    ['車牌粵B12345', 'LICENSE_PLATE', '粵B12345'],
    ['I live at 12 Baker Street, Flat 3, Leeds LS6 1AN.', 'ADDRESS', '12 Baker Street, Flat 3, Leeds LS6 1AN'],
    ['住在鼓楼区五一路88号3单元502室。', 'ADDRESS', '鼓楼区五一路88号3单元502室'],
    ['login from 203.0.113.7.', 'IP_ADDRESS', '203.0.113.7'],
    ['card 4111 1111 1111 1111', 'BANK_CARD', '4111 1111 1111 1111'],
    ['she was born on 3 March 1990', 'DATE_OF_BIRTH', '3 March 1990'],
    ['我1985年3月12日出生', 'DATE_OF_BIRTH', '1985年3月12日'],
    ['Mr. Lin called', 'PERSON', 'Lin'],
    ['陈建国告诉我', 'PERSON', '陈建国'],
    ['姓王的民警', 'PERSON', '王'],
  ])('%s → %s', (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });
});

describe('redact: precision', () => {
  it.each([
    'In 2022 we paid 3,500 euros; the hearing was on 12 May 2023.',
    '2022年3月我花了3000元。',
    'Version 1.2.3 and ratio 1:2:3:4 at 12:34:56.',
    'The Ministry of Public Security and the Chinese embassy.',
    '我很高兴，马上就去。',
  ])('leaves %s untouched', (text) => {
    expect(redact(text).spans).toEqual([]);
  });
});

describe('redact: placeholders and offsets', () => {
  it('gives the same placeholder to every spelling of one value, in order of appearance', () => {
    const text = 'Call 13800138000 or +86 138 0013 8000; my other phone is 13900139000. Mr. Lin, then Mr. Lin again.';
    const { redacted, spans } = redact(text);
    expect(redacted).toBe('Call [PHONE_1] or [PHONE_1]; my other phone is [PHONE_2]. Mr. [PERSON_1], then Mr. [PERSON_1] again.');
    expect(spans.map((s) => s.placeholder)).toEqual(['[PHONE_1]', '[PHONE_1]', '[PHONE_2]', '[PERSON_1]', '[PERSON_1]']);
  });

  it('reports UTF-16 offsets into the original string, also around astral characters', () => {
    const text = '😀😀 电话１３８００１３８０００ 😀';
    const [span] = redact(text).spans;
    expect(text.slice(span.start, span.end)).toBe('１３８００１３８０００');
  });

  it('never protects less than asked: a protected name inside a candidate survives', () => {
    const text = 'Mr. Lin works at Fuzhou PSB.';
    const at = text.indexOf('Lin');
    expect(redact(text, { protect: [{ start: at, end: at + 3 }] }).spans).toEqual([]);
  });

  it('keeps a protected city inside an address and redacts the rest', () => {
    const text = 'I live at 12 Baker Street, London NW1 6XE.';
    const at = text.indexOf('London');
    const { redacted } = redact(text, { protect: [{ start: at, end: at + 'London'.length }] });
    expect(redacted).toBe('I live at [ADDRESS_1], London [ADDRESS_2].');
  });

  it('keeps a known station address that is protected as a whole', () => {
    const text = 'The station is at Van der Sluysstraat 370, Rotterdam.';
    const at = text.indexOf('Van der');
    const name = 'Van der Sluysstraat 370, Rotterdam';
    expect(redact(text, { protect: [{ start: at, end: at + name.length }] }).redacted).toBe(text);
  });
});
