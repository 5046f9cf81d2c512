/*
 * Taxonomy vocabulary for the ten incident types (ids from data/seed/incident-types.json), in
 * English and Simplified Chinese; Traditional text is folded to Simplified before matching.
 *
 * Phrase syntax: `threat*` matches any word starting with "threat" (threatened, threatening);
 * a leading `!` means the phrase does not count in a sentence that names a relative, where it
 * describes coercion by proxy instead ("they threatened my parents", "我哥哥被拘留").
 */

export interface TypeVocabulary {
  /** One of these is enough. */
  strong: readonly string[];
  /** Two different ones are needed (or one with a strong phrase of the same type). */
  weak: readonly string[];
  /** One phrase of each list in the same sentence counts as a strong phrase. */
  combos: ReadonlyArray<readonly [readonly string[], readonly string[]]>;
  /**
   * The phrases name a thing, not an act (a station): they count only in a personal account
   * (`FIRST_PERSON`) or in a sentence with one of `STATION_ACTIONS`.
   */
  needsAction?: boolean;
}

/** Relatives and associates at home: the subject of coercion by proxy. */
export const RELATIVES: readonly string[] = [
  'family', 'families', 'parent*', 'mother', 'father', 'mum', 'mom', 'dad', 'brother*', 'sister*', 'sibling*',
  'relative*', 'wife', 'husband', 'son', 'sons', 'daughter*', 'cousin*', 'uncle*', 'aunt*', 'grandmother*',
  'grandfather*', 'grandparent*', 'in laws', 'nephew*', 'niece*', 'business partner*', 'childhood friend*',
  '父母', '母亲', '父亲', '妈妈', '爸爸', '家人', '家里人', '家属', '亲属', '亲戚', '亲人', '哥哥', '姐姐', '弟弟', '妹妹',
  '兄弟', '姐妹', '妻子', '老婆', '丈夫', '老公', '儿子', '女儿', '表哥', '表姐', '表弟', '表妹', '叔叔', '舅舅',
  '阿姨', '姑姑', '爷爷', '奶奶', '外婆', '外公', '岳父', '岳母', '侄子', '合伙人', '老家',
];

const PRESSURE: readonly string[] = [
  'threat*', 'question*', 'interrogat*', 'summon*', 'detain*', 'visit*', 'harass*', 'pressur*', 'warn*', 'intimidat*',
  'punish*', 'fired', 'lost their job*', 'lose their job*', 'lose his job', 'lose her job', 'lost his job', 'lost her job',
  'pension*', 'arrest*', 'taken away', 'called in', 'invited to tea', 'tea with', 'forced', 'coerc*', 'blackmail*',
  'business licen*', 'schooling', 'social security',
  '威胁', '恐吓', '约谈', '喝茶', '传唤', '拘留', '拘押', '关押', '上门', '骚扰', '施压', '警告', '逼', '开除', '丢了工作',
  '丢工作', '失业', '养老金', '退休金', '社保', '株连', '带走', '审问', '盘问', '找过', '找了', '找到', '吊销', '停业',
];

const COMMUNICATION: readonly string[] = [
  'wechat', 'whatsapp', 'telegram', 'signal', 'email*', 'e mail*', 'message*', 'text message*', 'texts', 'sms',
  'online', 'social media', 'twitter', 'facebook', 'instagram', 'weibo', 'phone call*', 'dm', 'dms', 'comments',
  '微信', '短信', '信息', '消息', '邮件', '网上', '推特', '脸书', '私信', '评论', '电话', '留言', '微博',
];

const HOSTILE: readonly string[] = [
  'threat*', 'abus*', 'insult*', 'harass*', 'death threat*', 'intimidat*', 'slur*',
  '威胁', '恐吓', '辱骂', '骚扰', '死亡威胁', '谩骂',
];

const RETURN: readonly string[] = [
  'return*', 'go back', 'come back', 'came back', 'coming back', 'going back', 'went back', 'move back',
  '回国', '回中国', '回来', '回去', '归国', '回老家',
];

const URGING: readonly string[] = [
  'urg*', 'persuad*', 'pressur*', 'demand*', 'told me to', 'tell me to', 'asked me to', 'wanted me to', 'want me to',
  'insist*', 'must', 'have to', 'had to', 'should', 'if i don t', 'if i do not', 'unless i', 'convince*', 'push*',
  '劝', '要求', '逼', '让我', '叫我', '必须', '要我', '催', '动员', '说服', '不回', '否则', '如果不',
];

const PASSPORT: readonly string[] = [
  'passport*', 'travel document*', 'id card', 'identity card', 'consulate', 'consular', 'embassy',
  '护照', '旅行证', '身份证', '领事馆', '领馆', '大使馆', '使馆', '回乡证', '通行证',
];

const DOCUMENT_DENIAL: readonly string[] = [
  'cancel*', 'confiscat*', 'refus*', 'revok*', 'seiz*', 'denied', 'deny', 'won t renew', 'would not renew', 'not renew*',
  'invalidat*', 'took my', 'taken', 'withheld', 'kept my', 'void*', 'rejected',
  '注销', '没收', '拒绝', '不给', '扣押', '扣留', '吊销', '作废', '不予', '拒签', '收走', '不让续', '无法续', '不能续', '被扣',
];

/**
 * Things done to people through a station: with one of these in the sentence, a station phrase is an
 * incident even in a third-person account ("the service centre joined a video call to persuade a
 * suspect to return"); without them, a news passage saying a station exists, opened or closed is not.
 */
export const STATION_ACTIONS: readonly string[] = [
  'contacted', 'contacting', 'summon*', 'called in', 'called me', 'called him', 'called her', 'asked me', 'asked him',
  'asked her', 'asked them', 'was asked', 'were asked', 'told me', 'told him', 'told her', 'persuad*', 'pressur*', 'threat*',
  'harass*', 'intimidat*', 'spied', 'spy on', 'spying', 'monitor*', 'watched', 'watching', 'surveil*', 'track*', 'locate*',
  'register*', 'video call*', 'question*', 'interrogat*', 'coerc*', 'forced', 'warned', 'warning', 'educat*', 'report to',
  'invited', 'went to', 'go to', 'come in', 'collect*', 'gather*', 'names of', 'took photos', 'took pictures', 'photograph*',
  'filmed', 'followed', 'visited',
  '约谈', '叫我', '喊我', '要我', '让我', '劝', '施压', '威胁', '恐吓', '骚扰', '监视', '监控', '跟踪', '视频', '登记', '传唤', '喝茶',
  '报到', '找我', '找他', '找她', '盘问', '教育', '拍照', '偷拍', '收集', '搜集', '名单',
];

/** Words of a personal account: a station phrase there is part of what happened to the writer. */
export const FIRST_PERSON: readonly string[] = [
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', '我', '我们', '本人', '咱们',
];

/** Official self-reference in Chinese news ("我国", "我市公安局"), not a person speaking. */
export const NOT_FIRST_PERSON: readonly string[] = ['我国', '我市', '我县', '我区', '我省', '我局', '我所', '我部', '我馆', '我会', '我们国家'];

/** People singled out for their views: the objects of harassment and of searches. */
const TARGETS: readonly string[] = [
  'critic*', 'activist*', 'dissident*', 'journalist*', 'protester*', 'protestor*', 'exile*', 'opponent*', 'campaigner*',
  '异见人士', '活动人士', '维权人士', '批评者', '记者', '民运人士',
];

export const INCIDENT_VOCABULARY: Readonly<Record<string, TypeVocabulary>> = {
  coercion_by_proxy: {
    strong: [
      'coercion by proxy', 'guilt by association', 'collective punishment', 'pressure on my family', 'used my family',
      'hostage', '株连', '连坐', '拿家人', '找我家人', '威胁家人', '向家人施压',
    ],
    weak: [],
    combos: [[RELATIVES, PRESSURE]],
  },
  persuade_to_return: {
    strong: [
      'persuade me to return', 'persuaded to return', 'persuasion to return', 'persuade to return', 'urged me to return',
      'hand myself in', 'turn myself in', 'surrender', 'surrendered', 'lure*', 'lured', 'third country', 'escort* me',
      'put me on a plane', 'put me on a flight', 'onto a plane', 'onto a flight', 'flight back to china', 'forced return',
      'voluntary return', 'voluntarily return',
      '劝返', '劝我回国', '劝回', '劝其回国', '自首', '投案', '遣送回国', '押送', '押回', '骗到', '第三国', '诱骗',
    ],
    weak: ['return to china', 'go back to china', '回国'],
    combos: [
      [RETURN, URGING],
      // Campaigns against people abroad: "to bring back fugitives", "追逃".
      [['bring back', 'brought back', 'bringing back', 'return*', '追回', '带回', '押回'], ['fugitive*', 'escapee*', '外逃', '逃犯']],
    ],
  },
  overseas_police_station: {
    strong: [
      'service station', 'police service station', 'police service centre', 'police service center',
      'overseas police station', 'secret police station', 'chinese police station', 'illegal police station',
      'overseas 110', 'overseas station', 'police station run by', 'police outpost',
      '服务站', '警务站', '海外110', '警侨', '秘密警察站', '海外警察站', '海外派出所', '警察站',
    ],
    weak: ['police station', 'station', 'video call*', 'registered', '视频通话', '视频', '登记', '派出所'],
    combos: [
      [['station', 'stations', 'centre', 'center', '站', '中心'], ['summon*', 'called me in', 'asked me to come', 'video call*', 'register*', 'educat*', 'report to', 'went to', 'invited', '约谈', '叫我去', '登记', '视频', '教育', '报到', '喊我去', '要我去']],
      // Third-person accounts of what a station did to people ("spied on … from a station").
      [['station', 'stations', 'centre', 'center', '站', '中心'], ['spied', 'spy on', 'spying', 'surveil*', 'monitor*', '监视', '监控']],
    ],
    needsAction: true,
  },
  harassment: {
    strong: [
      '!threatened me', '!threatening me', '!threaten me', 'insult*', 'intimidat*', 'confronted me', 'shouted at me',
      'yelled at me', 'smear*', 'disrupt*', 'showed up at my', 'turned up at my', 'came to my door', 'came to my home',
      'came to my house', 'came to my workplace', 'waited outside my', 'harassed me', 'harassing me', 'harassment',
      'menac*', 'verbal abuse', 'bullied', 'slander*', 'defam*',
      '!威胁我', '恐吓', '骚扰我', '辱骂', '抹黑', '诽谤', '污蔑', '找上门', '堵在', '堵我', '!上门找我', '大骂', '冲我喊', '扰乱', '闹场', '滋扰',
    ],
    weak: ['!threat*', '!harass*', 'scared', 'afraid', '!威胁', '害怕', '!骚扰', '!上门'],
    combos: [[['!harass*', '!threaten*', '!骚扰', '!威胁'], TARGETS]],
  },
  surveillance: {
    strong: [
      'followed me', 'following me', 'was followed', 'being followed', 'were following', 'tailed me', 'tailing me',
      'watching me', 'watched me', 'was watched', 'being watched', 'photographed me', 'photographing me',
      'took photos of', 'took pictures of', 'taking photos of', 'taking pictures of', 'filmed me', 'filming me',
      'monitor*', 'surveil*', 'stalk*', 'spied on', 'spying on', 'spy on', 'informant*', 'informer*',
      'reported on me', 'report on me', 'report on us', 'reporting on', 'collecting information', 'collected information',
      'gathering information', 'list of names', 'keeping tabs', 'private investigator*', 'knew where i live*',
      'knew my address', 'knew my new address', 'register my details', 'my personal details', 'my personal information',
      'register my address', 'names of everyone', 'names of all',
      '跟踪', '监视', '监控', '盯梢', '盯着我', '偷拍', '拍照', '拍了照', '拍下', '线人', '打小报告', '汇报', '收集信息', '收集情报',
      '搜集', '名单', '知道我住', '知道我的住址', '盯上', '登记个人信息', '个人信息', '身份信息',
    ],
    weak: ['watch*', 'photo*', 'followed', 'following', 'my address', '住址', '地址'],
    combos: [[['locate', 'locating', 'track down', 'tracking down', 'tracked down', 'find out where', '查找', '寻找', '定位'], TARGETS]],
  },
  digital_threat: {
    strong: [
      'hack*', 'phishing', 'spyware', 'malware', 'doxx*', 'doxing', 'fake account*', 'impersonat*', 'account was taken over',
      'account was compromised', 'took over my account', 'trolls', 'troll*', 'threatening messages', 'threatening message',
      'death threats online', 'online threats', 'cyberattack*', 'cyber attack*',
      '黑客', '钓鱼', '木马', '病毒', '间谍软件', '盗号', '被盗', '人肉', '开盒', '假账号', '冒充', '水军', '网暴', '网络暴力',
    ],
    weak: ['wechat', 'online', '微信', '网上'],
    combos: [[COMMUNICATION, HOSTILE]],
  },
  physical_assault: {
    strong: [
      'assault*', 'beat me', 'beat him', 'beat her', 'beaten', 'beating', 'punch*', 'kicked', 'attacked me', 'attacked him',
      'attacked her', 'hit me', 'stabbed', 'tried to kill', 'attempt on my life', 'murder*', 'assassinat*', 'killed',
      'pushed me to the ground', 'broke my', 'injur*', 'hospital', 'bruis*',
      '殴打', '打了我', '被打', '打伤', '袭击', '刺伤', '暗杀', '杀害', '谋杀', '拳打脚踢', '推倒', '受伤', '打我', '围殴',
    ],
    weak: ['attacked', 'pushed', 'grabbed', '推了我', '抓住'],
    combos: [],
  },
  detention_or_rendition: {
    strong: [
      '!arrest*', '!detain*', '!detention', 'deport*', 'extradit*', 'red notice', 'red notices', 'interpol', 'kidnap*',
      'abduct*', 'rendition', 'rendered', 'forcibly returned', 'forcibly repatriated', 'refoul*', 'warrant*', 'bounty',
      'bounties', 'disappeared', 'enforced disappearance', 'repatriat*', 'wanted list',
      '!拘留', '!逮捕', '!羁押', '遣返', '引渡', '红色通缉令', '红通', '绑架', '通缉', '悬赏', '失踪', '强迫失踪', '押解', '被抓',
    ],
    weak: ['!custody', '!jail*', '!prison', '!police custody', '!关押', '!抓'],
    combos: [],
  },
  mobility_control: {
    strong: [
      'exit ban', 'travel ban', 'not allowed to leave', 'cannot leave china', 'can t leave china', 'barred from leaving',
      'passport was cancelled', 'passport was confiscated', 'passport was revoked', 'refused to renew my passport',
      'would not renew my passport', 'stranded',
      '限制出境', '边控', '不让出境', '禁止出境', '出境限制', '护照被注销', '护照被没收', '不给换护照', '不给办护照', '拒绝续签护照',
    ],
    weak: [],
    combos: [[PASSPORT, DOCUMENT_DENIAL]],
  },
  other: {
    strong: [
      'asset freeze', 'assets frozen', 'assets were frozen', 'froze my', 'frozen', 'bank account*', 'confiscated my property',
      'seized my property', 'property was seized', 'money laundering', 'tax investigation', 'sanction*',
      '冻结', '资产', '银行账户', '银行卡', '没收财产', '查封', '洗钱', '财产',
    ],
    weak: [],
    combos: [],
  },
};

/** Words that weaken a trigger that follows them closely. */
export const NEGATIONS: readonly string[] = [
  'not', 'never', 'no', 'didn t', 'did not', 'don t', 'doesn t', 'does not', 'wasn t', 'weren t', 'was not', 'were not',
  'haven t', 'hasn t', 'have not', 'has not', 'nobody', 'no one', 'without', 'neither', 'nor', 'hadn t', 'had not',
  '没有', '没', '未', '不', '从未', '并未', '并没有', '从没', '从来没有', '无', '别',
];

/** A negation after these is a condition, not a denial ("if you don't return, …"). */
export const CONDITIONALS: readonly string[] = ['if', 'unless', 'otherwise', 'or else', '如果', '要是', '否则', '不然', '除非', '假如'];

/** Words that make a short text a report about the state rather than noise (for `other`). */
export const REPORT_CONTEXT: readonly string[] = [
  'china', 'chinese', 'communist', 'police', 'embassy', 'consulate', 'government', 'official*', 'authorit*',
  'party', 'state security', 'public security', 'regime',
  '中国', '警察', '公安', '大使馆', '领事馆', '领馆', '政府', '当局', '官员', '国安', '国内', '党',
];
