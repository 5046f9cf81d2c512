import { chooseLanguage, languageFromAcceptLanguage } from './form-language';

describe('form language', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['fr-FR, de;q=0.8', null],
    ['en-US,en;q=0.5', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW,zh;q=0.9', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['en;q=0.4, zh-TW;q=0.8', 'zh-Hant'],
    ['zh-TW;q=0, en', 'en'],
    ['fr, zh-HK;q=0.3, en;q=0.2', 'zh-Hant'],
  ])('Accept-Language %j → %j', (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });

  it('prefers the explicit choice, ignores unknown values, defaults to English', () => {
    expect(chooseLanguage('zh-Hant', 'en-US')).toBe('zh-Hant');
    expect(chooseLanguage('xx', 'zh-CN')).toBe('zh-Hans');
    expect(chooseLanguage(['zh-Hant'], undefined)).toBe('en');
    expect(chooseLanguage(undefined, undefined)).toBe('en');
  });
});
