/**
 * Generates the labelled redaction corpus test/fixtures/redaction/corpus.jsonl: synthetic
 * reports in English, Simplified Chinese, Traditional Chinese and mixed sentences, built
 * from many templates and value generators (checksums valid, phones valid per
 * libphonenumber-js), with names of known entities from data/seed/known-entities.json
 * that must survive. Seeded: the same seed gives the same file.
 *
 *   node -r ts-node/register/transpile-only scripts/generate-redaction-corpus.ts [--seed 20261129] [--per-lang 120]
 *
 * All people, numbers and addresses are invented.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js');
import { validators, type RedactionType } from '../libs/redaction/src';
import { mulberry32 } from './lib/seeded-random';

const args = process.argv.slice(2);
const argValue = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SEED = argValue('--seed', 20261129);
const PER_LANG = argValue('--per-lang', 120);
const ROOT = join(__dirname, '..');

// ---------- seeded randomness ----------
const rnd = mulberry32(SEED);
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const chance = (p: number): boolean => rnd() < p;

const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' }) as (s: string) => string;
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' }) as (s: string) => string;

// ---------- value generators ----------
const CN_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦方邹孟熊秦邱江尹薛段雷侯龙陶黎贺顾毛郝龚邵钱严戴莫孔汤温康施倪';
const CN_COMPOUND = ['欧阳', '司马', '上官', '诸葛', '司徒', '东方', '慕容', '夏侯'];
const CN_GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞宇浩子轩梓涵欣怡晨雨思嘉佳俊婷雪琳晶慧志海东新春永金晓林德福荣生成龙云凤梅琴燕倩颖露莉冰丹彬斌波博昊航亮宁鑫毅智忠诚峰岩松楠凯旭阳昭晖辰星月霖雯蕾薇芸莹萱菲蓉婉妍媛琪瑶瑜璐珊珍宝安康乐泰祥瑞庆兴昌盛达远帆江河泽润清洁淑雅韵';
const PINYIN_SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'Lin', 'Luo', 'Zheng', 'Xie', 'Tang', 'Deng', 'Feng', 'Cao', 'Peng', 'Xiao', 'Pan', 'Jiang', 'Cai', 'Ye'];
const PINYIN_GIVEN = ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Li', 'Qiang', 'Lei', 'Jun', 'Yang', 'Yong', 'Jie', 'Tao', 'Ming', 'Chao', 'Xiuying', 'Xia', 'Ping', 'Gang', 'Guilan', 'Jianguo', 'Wenhui', 'Pengfei', 'Haoyu', 'Zixuan', 'Xinyi', 'Yuhan', 'Siqi', 'Jiahao', 'Junjie', 'Xiaoming', 'Xiaohong', 'Zhiqiang', 'Dehua', 'Yuntao', 'Lihua', 'Meiling', 'Shuang', 'Hui', 'Yan', 'Kai', 'Bo'];
const CANTO_SURNAMES = ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Lee', 'Ng', 'Ho', 'Yeung', 'Lam', 'Tsang', 'Chow', 'Tang', 'Fung', 'Kwok', 'Mak', 'Yip', 'Tse', 'Kwan', 'Tam'];
const CANTO_GIVEN = ['Ka-ho', 'Wai-man', 'Siu-ming', 'Ka-lok', 'Chi-keung', 'Mei-ling', 'Hoi-yan', 'Tsz-hin', 'Wing-sze', 'Kwok-wai', 'Chun-kit', 'Pui-yee', 'Tai Man', 'Ka Yan', 'Ho Yin'];
const WG = [['Chang', 'Chih-ming'], ['Hsu', 'Hsiao-ping'], ['Tsai', 'Chung-hsien'], ['Chiang', 'Kuo-wei'], ['Kuo', 'Shu-fen'], ['Hsieh', 'Ya-ting'], ['Lai', 'Chien-hung'], ['Chou', 'Mei-hui']];
const UYGHUR = ['Abdukerim', 'Ablimit', 'Adil', 'Aziz', 'Dilnur', 'Ekber', 'Erkin', 'Gulbahar', 'Gulnar', 'Ilham', 'Kamil', 'Mehmet', 'Memtimin', 'Nurmemet', 'Patigul', 'Perhat', 'Rahile', 'Rozi', 'Tahir', 'Tursun', 'Yusup', 'Zumret', 'Alimjan', 'Mihrigul', 'Shohret', 'Ekpar', 'Nijat', 'Reyhan'];
const TIBETAN = ['Tenzin', 'Tashi', 'Lobsang', 'Dorje', 'Dolma', 'Pema', 'Sonam', 'Dawa', 'Nyima', 'Jampa', 'Tsering', 'Lhamo', 'Yeshe', 'Phuntsok', 'Gyatso', 'Wangmo', 'Kalsang', 'Namgyal', 'Rinchen', 'Dhondup', 'Norbu', 'Wangchuk'];
const EN_GIVEN = ['James', 'Sarah', 'Daniel', 'Emily', 'Michael', 'Laura', 'David', 'Anna', 'Thomas', 'Sophie', 'Peter', 'Helen', 'Mark', 'Julia', 'Paul', 'Claire', 'Martin', 'Grace', 'Oliver', 'Nicole'];
const EN_SURNAMES = ['Thornton', 'Whitfield', 'Carver', 'Hollis', 'Brennan', 'Ashby', 'Lindqvist', 'Moretti', 'Dubois', 'Keller', 'Novak', 'Fairbanks', 'Okafor', 'Marsh', 'Pemberton'];

const cnGiven = (): string => (chance(0.75) ? pick([...CN_GIVEN]) + pick([...CN_GIVEN]) : pick([...CN_GIVEN]));
const cnSurname = (): string => (chance(0.08) ? pick(CN_COMPOUND) : pick([...CN_SURNAMES]));
const cnFullName = (): string => cnSurname() + cnGiven();

function latinName(): string {
  switch (int(0, 6)) {
    case 0: return `${pick(PINYIN_SURNAMES)} ${pick(PINYIN_GIVEN)}`;
    case 1: return `${pick(PINYIN_GIVEN)} ${pick(PINYIN_SURNAMES)}`;
    case 2: return `${pick(CANTO_SURNAMES)} ${pick(CANTO_GIVEN)}`;
    case 3: { const [s, g] = pick(WG); return `${s} ${g}`; }
    case 4: return `${pick(UYGHUR)} ${pick(UYGHUR)}`;
    case 5: return `${pick(TIBETAN)} ${pick(TIBETAN)}`;
    default: return `${pick(EN_GIVEN)} ${pick(EN_SURNAMES)}`;
  }
}
const latinSurname = (): string => pick([...PINYIN_SURNAMES, ...CANTO_SURNAMES, ...EN_SURNAMES]);

function phoneIsValid(v: string): boolean {
  const ascii = v.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return (['CN', 'US'] as const).some((region) => parsePhoneNumberFromString(ascii, { defaultCountry: region })?.isValid() === true);
}
function validPhone(formats: Array<() => string>): string {
  for (;;) {
    const make = pick(formats);
    for (let attempt = 0; attempt < 50; attempt++) {
      const v = make();
      if (phoneIsValid(v)) return v;
    }
  }
}
const cnMobileDigits = (): string => pick(['13', '15', '17', '18', '19']) + String(int(0, 9)) + digits(8);
const fullWidth = (s: string): string => s.replace(/[0-9+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function phone(lang: 'en' | 'zh'): string {
  const m = cnMobileDigits();
  const f = [
    () => m,
    () => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
    () => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
    () => `+86 ${m}`,
    () => `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
    () => `+86-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
    () => `0086 ${m}`,
    () => `0086-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
    () => `(+86)${m}`,
    () => `(+86) ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
    () => `+86${m}`,
    () => (lang === 'zh' ? fullWidth(m) : m),
    () => `${pick(['010', '021', '020', '0591', '0755', '0571', '0577', '0991'])}-${int(2, 8)}${digits(7)}`,
    () => `(${pick(['010', '021', '0591', '0755'])}) ${int(2, 8)}${digits(3)} ${digits(4)}`,
    () => `+86 ${pick(['10', '21', '591', '755'])} ${int(2, 8)}${digits(3)} ${digits(4)}`,
    () => `(${pick(['212', '415', '646', '718', '604', '416'])}) 555-01${digits(2)}`,
    () => `${pick(['212', '415', '646', '604', '416', '647'])}-555-01${digits(2)}`,
    () => `+1 ${pick(['212', '415', '604', '416'])} 555 01${digits(2)}`,
    () => `+44 20 7946 0${digits(3)}`,
    () => `+44 7${pick(['4', '5', '7', '8', '9'])}${digits(2)} ${digits(6)}`,
    () => `+49 30 ${int(2, 9)}${digits(6)}`,
    () => `+33 1 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `+39 06 ${digits(3)} ${digits(4)}`,
    () => `+31 20 ${int(2, 9)}${digits(2)} ${digits(4)}`,
    () => `+852 ${pick(['9', '6', '5'])}${digits(3)} ${digits(4)}`,
    () => `+886 9${digits(2)} ${digits(3)} ${digits(3)}`,
    () => `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
  ];
  return validPhone(f);
}

const EMAIL_DOMAINS = ['gmail.com', 'protonmail.com', 'outlook.com', '163.com', 'qq.com', '126.com', 'yahoo.com.hk', 'hotmail.co.uk', 'sina.com', 'tutanota.com', 'web.de', 'mail.ru'];
const handleWord = (): string => pick(['lotus', 'river', 'mountain', 'jade', 'echo', 'lantern', 'kite', 'cloud', 'pine', 'harbor', 'amber', 'swift', 'maple', 'north', 'stone', 'willow']);
const handle = (): string => `${handleWord()}${pick(['_', '.', ''])}${handleWord()}${chance(0.6) ? digits(int(2, 4)) : ''}`;
const email = (): string => `${handle().replace(/\.$/, '')}@${pick(EMAIL_DOMAINS)}`;

function prcId(): string {
  const region = pick(['350102', '350182', '110105', '310104', '440306', '650102', '540102', '330106', '350181', '632122', '650104']);
  const y = int(1950, 2004);
  const mo = String(int(1, 12)).padStart(2, '0');
  const d = String(int(1, 28)).padStart(2, '0');
  const body = `${region}${y}${mo}${d}${digits(3)}`;
  return body + validators.prcIdCheckChar(body);
}
function hkId(): string {
  const body = (chance(0.2) ? pick(['XA', 'WX']) : pick(['A', 'B', 'C', 'D', 'E', 'G', 'H', 'K', 'P', 'R', 'Y', 'Z'])) + digits(6);
  const check = validators.hkIdCheckChar(body);
  return chance(0.7) ? `${body}(${check})` : body + check;
}
function twId(): string {
  const body = pick('ABCDEFGHJKLMNPQRSTUVXYWZIO'.split('')) + pick(['1', '2']) + digits(7);
  return body + validators.twIdCheckDigit(body);
}
const macauId = (): string => `${pick(['1', '5', '7'])}${digits(6)}(${int(0, 9)})`;

const LETTERS_NO_IO = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const prcPassport = (): string => pick([() => `E${digits(8)}`, () => `E${pick(LETTERS_NO_IO.slice(0, 8).split(''))}${digits(7)}`, () => `G${digits(8)}`])();
const permit = (): string => pick([() => `C${digits(8)}`, () => `C${pick(LETTERS_NO_IO.split(''))}${digits(7)}`, () => `H${digits(8)}`, () => `M${digits(8)}`, () => `L${digits(8)}`])();
const foreignPassport = (): string => pick([() => `${pick(['K', 'G', 'P', 'X'])}${digits(7)}`, () => `${pick(['AB', 'CD', 'GK', 'XR'])}${digits(7)}`, () => `${digits(9)}`, () => `C${pick(['F', 'G', 'H'])}${digits(2)}${pick(['K', 'L', 'X'])}${digits(4)}`])();

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const plateTail = (): string => Array.from({ length: 5 }, (_, i) => (i < 2 && chance(0.3) ? pick(LETTERS_NO_IO.split('')) : String(int(0, 9)))).join('');
const cnPlate = (): string => `${pick(PROVINCES.split(''))}${pick(LETTERS_NO_IO.split(''))}${pick(['·', '', '', ' '])}${chance(0.15) ? pick(['D', 'F']) + digits(5) : plateTail()}`;
const foreignPlate = (): string => pick([() => `${pick(['BD', 'LK', 'YT'])}${digits(2)} ${pick(['SMR', 'XPL', 'FHW'])}`, () => `${digits(1)}${pick(['ABC', 'KLM'])}${digits(3)}`, () => `${pick(['AB', 'FG'])}-${digits(3)}-${pick(['CD', 'KL'])}`, () => `B-${pick(['AB', 'KX'])} ${digits(4)}`])();

const STREETS = ['Elm', 'Maple', 'Harbour', 'Victoria', 'King', 'Queen', 'Church', 'Mill', 'Station', 'Park', 'Cedar', 'Orchard', 'Willow', 'Lakeview', 'Birchwood'];
const SUFFIXES = ['Street', 'Road', 'Avenue', 'Lane', 'Drive', 'Crescent', 'Court', 'Place', 'St', 'Rd', 'Ave', 'Way', 'Terrace', 'Close'];
function enAddress(): string {
  const core = `${int(1, 980)}${chance(0.1) ? 'B' : ''} ${pick(STREETS)} ${pick(SUFFIXES)}`;
  const unit = chance(0.35) ? pick([`Flat ${int(1, 40)}`, `Apt ${int(1, 30)}${pick(['', 'B'])}`, `Unit ${int(1, 20)}`, `Suite ${int(100, 900)}`]) : '';
  const tail = pick([
    '',
    `, ${pick(['Markham ON L3R 2G5', 'Richmond BC V6X 1A1', 'Flushing, NY 11354', 'London N1 7GU', 'Manchester M4 5JD', 'Sydney NSW 2000', 'Toronto ON M5T 1R4', 'Auckland 1010'])}`,
  ]);
  return unit && chance(0.5) ? `${unit}, ${core}${tail}` : `${core}${unit ? ', ' + unit : ''}${tail}`;
}
function euroAddress(): string {
  return pick([
    () => `${pick(['Linden', 'Garten', 'Berg', 'Kirch', 'Wald'])}strasse ${int(1, 200)}, ${int(10, 99)}${digits(3)}`,
    () => `${pick(['Keizers', 'Prinsen', 'Heren'])}gracht ${int(1, 600)}`,
    () => `Via ${pick(['Roma', 'Garibaldi', 'Mazzini', 'Verdi'])} ${int(1, 150)}`,
    () => `${int(1, 120)} rue ${pick(['de la Paix', 'Lafayette', 'des Lilas', 'du Temple'])}`,
    () => `Calle ${pick(['Mayor', 'Toledo', 'Alcalá'])} ${int(1, 120)}`,
  ])();
}
const ZH_PROV_CITY = [['福建省', '福州市', ['鼓楼区', '仓山区', '长乐区', '马尾区']], ['广东省', '深圳市', ['南山区', '福田区', '宝安区']], ['浙江省', '温州市', ['鹿城区', '瓯海区']], ['浙江省', '青田县', ['鹤城街道', '温溪镇']], ['', '上海市', ['浦东新区', '徐汇区', '静安区']], ['', '北京市', ['朝阳区', '海淀区', '东城区']], ['新疆维吾尔自治区', '乌鲁木齐市', ['天山区', '沙依巴克区']]] as const;
const ZH_ROADS = ['人民路', '解放路', '中山路', '五一路', '建设路', '和平路', '新华路', '长安街', '金山大道', '科技园路', '华侨新村', '东街'];
function zhAddress(): string {
  const [prov, city, districts] = pick(ZH_PROV_CITY);
  const head = (chance(0.6) ? prov : '') + (chance(0.8) ? city : '') + pick(districts);
  return pick([
    () => `${head}${pick(ZH_ROADS)}${int(1, 999)}号`,
    () => `${head}${pick(ZH_ROADS)}${int(1, 999)}号${int(1, 30)}栋${int(1, 3)}单元${int(1, 30)}0${int(1, 6)}室`,
    () => `${head}${pick(ZH_ROADS)}${int(1, 300)}号${int(1, 25)}楼${int(1, 12)}室`,
    () => `${head}${pick(['潭头镇', '金峰镇', '江田镇', '玉壶镇'])}${pick(['二刘村', '新塘村', '上岸村', '东山村'])}${int(1, 99)}号`,
    () => `${head}${pick(['潭头镇', '金峰镇'])}${pick(['二刘村', '新塘村'])}`,
  ])();
}
const ipv4 = (): string => `${pick(['203.0.113', '198.51.100', '192.0.2', `${int(11, 223)}.${int(0, 255)}.${int(0, 255)}`])}.${int(1, 254)}`;
const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
const ipv6 = (): string => pick([() => `2001:db8:${hex(4)}::${hex(3)}`, () => `2001:0db8:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}`, () => `fe80::${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}`, () => `2409:8a1e:${hex(4)}:${hex(2)}::${hex(1)}`])();

function luhnComplete(body: string): string {
  for (let d = 0; d < 10; d++) if (validators.luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}
function bankCard(): string {
  const num = pick([() => luhnComplete('4' + digits(14)), () => luhnComplete('5' + int(1, 5) + digits(13)), () => luhnComplete('62' + digits(13)), () => luhnComplete('62' + digits(16)), () => luhnComplete('6228' + digits(14))])();
  return chance(0.5) ? num.replace(/(\d{4})(?=\d)/g, '$1 ') : num;
}
function dobValue(lang: 'en' | 'zh'): string {
  const y = int(1940, 2005);
  const m = int(1, 12);
  const d = int(1, 28);
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (lang === 'zh') return pick([`${y}年${m}月${d}日`, `${y}年${m}月`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${y}.${m}.${d}`]);
  return pick([`${d} ${MONTHS[m - 1]} ${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${d}.${m}.${y}`]);
}
const SOCIAL = [
  () => `https://www.facebook.com/${handle().replace(/\./g, '')}`,
  () => `https://facebook.com/profile.php?id=1000${digits(11)}`,
  () => `https://twitter.com/${handle().replace(/\./g, '_')}`,
  () => `https://x.com/${handle().replace(/\./g, '_')}`,
  () => `https://www.instagram.com/${handle()}/`,
  () => `https://weibo.com/u/${int(1, 7)}${digits(9)}`,
  () => `weibo.com/${handle().replace(/\./g, '')}`,
  () => `https://www.douyin.com/user/MS4wLjABAAAA${hex(12)}`,
  () => `https://www.tiktok.com/@${handle().replace(/\./g, '_')}`,
  () => `https://www.youtube.com/@${handle().replace(/\./g, '')}`,
  () => `https://youtube.com/channel/UC${hex(22)}`,
];
const socialUrl = (): string => pick(SOCIAL)();

// ---------- known entities (must survive) ----------
interface SeedEntity { name_en: string; names_zh?: string[] | null; aliases?: string[] | null }
const seed = JSON.parse(readFileSync(join(ROOT, 'data/seed/known-entities.json'), 'utf8')) as { organizations: SeedEntity[]; locations: SeedEntity[] };
const usable = (s: string): boolean => s.length >= 2 && s.length <= 40 && !/[()（）'"–—]/.test(s);
const KNOWN_EN = [...seed.organizations, ...seed.locations].flatMap((e) => [e.name_en, ...(e.aliases ?? [])]).filter((s) => usable(s) && /^[A-Za-z]/.test(s) && !/^[A-Z]{2,5}$/.test(s));
const KNOWN_ZH = [...seed.organizations, ...seed.locations].flatMap((e) => e.names_zh ?? []).filter(usable);
const KNOWN_CITIES_EN = seed.locations.filter((l) => (l as unknown as { kind: string }).kind === 'city').map((l) => l.name_en).filter(usable);
const KNOWN_CITIES_ZH = seed.locations.filter((l) => (l as unknown as { kind: string }).kind === 'city').flatMap((l) => l.names_zh ?? []).filter(usable);

// ---------- templates ----------
type Slot = { type: RedactionType; value: string } | { protected: string };
type Piece = string | Slot;
type Template = () => Piece[];
const v = (type: RedactionType, value: string): Slot => ({ type, value });
const p = (name: string): Slot => ({ protected: name });

const EN: Template[] = [
  () => ['My brother ', v('PERSON', latinName()), ' was called in for questioning after he posted online.'],
  () => ['A man who said his name was ', v('PERSON', latinName()), ' approached me outside the ', p(pick(KNOWN_EN)), '.'],
  () => ['Mr. ', v('PERSON', latinSurname()), ' from the ', p(pick(KNOWN_EN)), ' told me to stop attending protests.'],
  () => ['Ms ', v('PERSON', latinSurname()), ' phoned my mother twice last week.'],
  () => ['Officer ', v('PERSON', latinName()), ' gave me his number: ', v('PHONE', phone('en')), '.'],
  () => ['You can reach me on ', v('PHONE', phone('en')), ' or by email at ', v('EMAIL', email()), '.'],
  () => ['They kept calling ', v('PHONE', phone('en')), ' at night.'],
  () => ['My e-mail ', v('EMAIL', email()), ' was hacked the day after the meeting in ', p(pick(KNOWN_CITIES_EN)), '.'],
  () => ['They asked me to add them on WeChat (ID: ', v('MESSENGER_ID', handle().replace(/\./g, '_') + digits(2)), ').'],
  () => ['The contact used the WeChat account ', v('MESSENGER_ID', `wxid_${hex(10)}`), ' to send threats.'],
  () => ['His QQ number is ', v('MESSENGER_ID', `${int(1, 9)}${digits(int(6, 9))}`), ' and he is in our hometown group.'],
  () => ['Someone messaged me on Telegram from ', v('MESSENGER_ID', `@${handle().replace(/\./g, '_')}`), ' claiming to be police.'],
  () => ['The channel ', v('MESSENGER_ID', `t.me/${handle().replace(/\./g, '_')}`), ' published my photo.'],
  () => ['They posted my photo on ', v('SOCIAL_URL', socialUrl()), ' with my home town.'],
  () => ['My PRC ID number is ', v('NATIONAL_ID', prcId()), ' and they already had it.'],
  () => ['My Hong Kong identity card number ', v('NATIONAL_ID', hkId()), ' was read out to me.'],
  () => ['My Taiwan ID is ', v('NATIONAL_ID', twId()), '.'],
  () => ['My mother\'s Macau ID card ', v('NATIONAL_ID', macauId()), ' was photographed.'],
  () => ['They took my passport ', v('PASSPORT', prcPassport()), ' and never returned it.'],
  () => ['My passport number is ', v('PASSPORT', foreignPassport()), '.'],
  () => ['The officer asked for my home-return permit number, ', v('PASSPORT', permit()), '.'],
  () => ['A car with the plate ', v('LICENSE_PLATE', cnPlate()), ' followed us.'],
  () => ['The licence plate of the car was ', v('LICENSE_PLATE', foreignPlate()), '.'],
  () => ['I live at ', v('ADDRESS', enAddress()), ' and they came to the door.'],
  () => ['Two men waited outside ', v('ADDRESS', enAddress()), ' for an hour.'],
  () => ['My sister lives at ', v('ADDRESS', euroAddress()), '.'],
  () => ['My parents\' address in China is ', v('ADDRESS', zhAddress()), '.'],
  () => ['The login came from ', v('IP_ADDRESS', ipv4()), ' according to my provider.'],
  () => ['My router showed the address ', v('IP_ADDRESS', ipv6()), ' connected at 3 a.m.'],
  () => ['They froze my card ', v('BANK_CARD', bankCard()), ' without warning.'],
  () => ['My father, born ', v('DATE_OF_BIRTH', dobValue('en')), ', was detained.'],
  () => ['Date of birth: ', v('DATE_OF_BIRTH', dobValue('en')), '.'],
  () => ['I was born on ', v('DATE_OF_BIRTH', dobValue('en')), ' in ', p(pick(KNOWN_CITIES_EN)), '.'],
  () => ['In ', String(int(2015, 2025)), ' I paid ', String(int(2, 90)), ',000 dollars to a lawyer; the hearing was on ', dobValue('en'), '.'],
  () => ['The ', p(pick(KNOWN_EN)), ' held an event in ', p(pick(KNOWN_CITIES_EN)), ' last year.'],
  () => ['We met ', String(int(2, 9)), ' times in ', String(int(2016, 2024)), ', usually on Saturdays.'],
];

const ZH: Template[] = [
  () => ['我哥哥', v('PERSON', cnFullName()), '因为在网上发帖被约谈了。'],
  () => ['一个叫', v('PERSON', cnFullName()), '的人在', p(pick(KNOWN_ZH)), '门口拦住了我。'],
  () => [v('PERSON', cnSurname()), '先生说他是', p(pick(KNOWN_ZH)), '的人。'],
  () => ['姓', v('PERSON', pick([...CN_SURNAMES])), '的民警让我回国配合调查。'],
  () => [v('PERSON', cnFullName()), '告诉我不要再参加集会。'],
  () => ['我的朋友', v('PERSON', cnFullName()), '被警方带走了。'],
  () => [v('PERSON', pick([...CN_SURNAMES])), '警官打电话给我父母。'],
  () => ['联系人：', v('PERSON', cnFullName()), '，电话', v('PHONE', phone('zh')), '。'],
  () => ['我的手机号是', v('PHONE', phone('zh')), '，请不要公开。'],
  () => ['他们打我家座机', v('PHONE', phone('zh')), '找我。'],
  () => ['我的邮箱', v('EMAIL', email()), '被盗了。'],
  () => ['对方的微信号：', v('MESSENGER_ID', handle().replace(/\./g, '_') + digits(2)), '，一直发消息威胁我。'],
  () => ['他用微信', v('MESSENGER_ID', `wxid_${hex(10)}`), '加了我。'],
  () => ['他的QQ号', v('MESSENGER_ID', `${int(1, 9)}${digits(int(6, 9))}`), '在同乡群里。'],
  () => ['有人用电报账号', v('MESSENGER_ID', `@${handle().replace(/\./g, '_')}`), '联系我。'],
  () => ['他们在', v('SOCIAL_URL', socialUrl()), '上发了我的照片。'],
  () => ['我的身份证号', v('NATIONAL_ID', prcId()), '被他们记下了。'],
  () => ['我母亲的香港身份证', v('NATIONAL_ID', hkId()), '也被拍照了。'],
  () => ['她的台湾身份证号码是', v('NATIONAL_ID', twId()), '。'],
  () => ['我的护照', v('PASSPORT', prcPassport()), '被扣留了。'],
  () => ['护照号码：', v('PASSPORT', foreignPassport()), '。'],
  () => ['我的港澳通行证', v('PASSPORT', permit()), '被注销了。'],
  () => ['一辆车牌为', v('LICENSE_PLATE', cnPlate()), '的轿车一直跟着我。'],
  () => ['那辆', v('LICENSE_PLATE', cnPlate()), '的车停在楼下。'],
  () => ['我家住在', v('ADDRESS', zhAddress()), '。'],
  () => ['他们去了我父母在', v('ADDRESS', zhAddress()), '的家。'],
  () => ['我在海外的地址是', v('ADDRESS', enAddress()), '。'],
  () => ['登录记录显示IP地址', v('IP_ADDRESS', ipv4()), '。'],
  () => ['我的IPv6地址', v('IP_ADDRESS', ipv6()), '被记录了。'],
  () => ['我的银行卡', v('BANK_CARD', bankCard()), '被冻结了。'],
  () => ['我父亲出生于', v('DATE_OF_BIRTH', dobValue('zh')), '，现在被拘留。'],
  () => ['出生日期：', v('DATE_OF_BIRTH', dobValue('zh')), '。'],
  () => ['我', v('DATE_OF_BIRTH', `${int(1950, 2003)}年${int(1, 12)}月${int(1, 28)}日`), '出生在', p(pick(KNOWN_CITIES_ZH)), '。'],
  () => [String(int(2015, 2025)), '年', String(int(1, 12)), '月，我在', p(pick(KNOWN_CITIES_ZH)), '参加了活动，花了', String(int(2, 9)), '万元。'],
  () => [p(pick(KNOWN_ZH)), '的人多次联系我的家人。'],
  () => ['今天是', String(int(2019, 2025)), '年', String(int(1, 12)), '月', String(int(1, 28)), '日，我很害怕。'],
];

const TRAD_ONLY: Template[] = [
  () => ['我的身分證字號是', v('NATIONAL_ID', twId()), '。'],
  () => ['我的電郵是', v('EMAIL', email()), '。'],
  () => ['請打我手機', v('PHONE', phone('zh')), '。'],
  () => [v('PERSON', toTw(cnFullName())), '小姐說她被跟蹤了。'],
  () => ['我住在', v('ADDRESS', toTw(`台北市大安区复兴南路一段${int(1, 400)}号${int(2, 12)}楼`)), '。'],
  () => ['我的回鄉證號碼是', v('PASSPORT', `H${digits(8)}`), '。'],
];

const MIXED: Template[] = [
  () => ['我的 phone 是 ', v('PHONE', phone('en')), '，有事 call me。'],
  () => ['My uncle ', v('PERSON', cnFullName()), ' 被带走了 last month.'],
  () => ['The police officer ', v('PERSON', pick([...CN_SURNAMES])), '警官 said I must go back.'],
  () => ['他的 email 是 ', v('EMAIL', email()), ', please be careful.'],
  () => ['WeChat ID: ', v('MESSENGER_ID', handle().replace(/\./g, '_') + digits(2)), '，他是', p(pick(KNOWN_ZH)), '的人。'],
  () => ['我的 Telegram 是 ', v('MESSENGER_ID', `@${handle().replace(/\./g, '_')}`), '。'],
  () => ['他们在 Facebook 上 ', v('SOCIAL_URL', socialUrl()), ' 发了帖子。'],
  () => ['ID card 身份证: ', v('NATIONAL_ID', prcId()), '。'],
  () => ['Passport 护照: ', v('PASSPORT', prcPassport()), '.'],
  () => ['车牌 plate: ', v('LICENSE_PLATE', cnPlate()), '。'],
  () => ['I live at ', v('ADDRESS', enAddress()), '，请保密。'],
  () => ['我父母住在 ', v('ADDRESS', zhAddress()), ' in China.'],
  () => ['IP 是 ', v('IP_ADDRESS', ipv4()), '。'],
  () => ['My 银行卡 card number: ', v('BANK_CARD', bankCard()), '.'],
  () => ['DOB 出生日期: ', v('DATE_OF_BIRTH', dobValue(chance(0.5) ? 'en' : 'zh')), '.'],
  () => [v('PERSON', latinName()), ' 和我一起去了 ', p(pick(KNOWN_CITIES_EN)), '。'],
  () => ['The ', p(pick(KNOWN_EN)), ' 的人 contacted my family in ', String(int(2018, 2025)), '.'],
  () => ['我的朋友 ', v('PERSON', latinName()), ' was followed.'],
];

// ---------- assembly ----------
interface Labelled { id: string; lang: string; text: string; entities: Array<{ type: RedactionType; value: string; start: number; end: number }>; protected: Array<{ name: string; start: number; end: number }> }

function build(id: string, lang: string, templates: Template[], convert: (s: string) => string): Labelled {
  const count = int(2, 5);
  let text = '';
  const entities: Labelled['entities'] = [];
  const prot: Labelled['protected'] = [];
  for (let k = 0; k < count; k++) {
    for (const piece of pick(templates)()) {
      if (typeof piece === 'string') {
        text += convert(piece);
      } else if ('protected' in piece) {
        prot.push({ name: piece.protected, start: text.length, end: text.length + piece.protected.length });
        text += piece.protected;
      } else {
        const value = /[\u4e00-\u9fff]/.test(piece.value) ? convert(piece.value) : piece.value;
        entities.push({ type: piece.type, value, start: text.length, end: text.length + value.length });
        text += value;
      }
    }
    text += lang === 'en' ? ' ' : '';
  }
  return { id, lang, text: text.trim(), entities, protected: prot };
}

const identity = (s: string): string => s;
const reports: Labelled[] = [];
for (let i = 0; i < PER_LANG; i++) reports.push(build(`en-${i}`, 'en', EN, identity));
for (let i = 0; i < PER_LANG; i++) reports.push(build(`zh-hans-${i}`, 'zh-Hans', ZH, identity));
for (let i = 0; i < PER_LANG; i++) reports.push(build(`zh-hant-${i}`, 'zh-Hant', [...ZH, ...TRAD_ONLY], chance(0.5) ? toHant : toTw));
for (let i = 0; i < PER_LANG; i++) reports.push(build(`mixed-${i}`, 'mixed', [...MIXED, ...EN.slice(0, 8), ...ZH.slice(0, 8)], identity));

writeFileSync(join(ROOT, 'test/fixtures/redaction/corpus.jsonl'), reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${reports.length} reports, ${reports.reduce((n, r) => n + r.entities.length, 0)} entities, seed ${SEED}`);
