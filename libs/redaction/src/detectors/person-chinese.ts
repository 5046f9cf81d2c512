import type { Candidate } from '../candidate';
import { COMPOUND_SURNAMES, GIVEN_NAME_CHARS, SURNAME_CHARS } from '../data/chinese-name-data';
import { charClasses, isHan } from '../text-classes';

const COMPOUNDS = new Set(COMPOUND_SURNAMES);

/** Characters that end a name: particles, pronouns, verbs and measure words that follow names in prose. */
const STOP_CHARS = (
  '的了是在和与與跟被把给給让讓向对對从從到去来來说說也都还還就才又再已曾将將会會能要吗嗎呢吧啊呀哦我你他她它们們这這那谁誰为為因但而或并並及等个個些每各此其之于於很太更最不没沒无無有着著过過地得上下里裡中内內外前后後时時年日号號岁歲打电電话話告诉訴问問叫称稱带帶找请請送拿用做约約谈談讲講局所队隊员員处處科部办辦店家村镇鎮乡鄉县縣区區市省路街楼樓室院馆館先女同警律医醫夫太妻儿兒父母哥弟姐妹叔姨舅伯爷爺奶公婆以可如若便即亦仍只别別曾使令请問問想看见見听聽知道认認识識住'
);

/** Titles and roles written right after a surname or full name (王先生, 林警官, 李队长). */
const TITLES_AFTER = [
  '先生', '女士', '小姐', '老师', '老師', '警官', '同志', '阿姨', '大爷', '大爺', '师傅', '師傅', '老板', '老闆', '律师', '律師', '医生', '醫生', '教授', '主任', '书记', '書記', '局长', '局長', '所长', '所長',
  '科长', '科長', '处长', '處長', '队长', '隊長', '会长', '會長', '主席', '经理', '經理', '太太', '夫人', '博士', '同学', '同學', '校长', '校長', '院长', '院長', '部长', '部長', '市长', '市長', '县长', '縣長',
  '镇长', '鎮長', '村长', '村長', '站长', '站長', '警长', '警長', '探长', '探長', '总', '總', '姐', '哥', '叔', '伯', '婶', '嬸', '大哥', '大姐', '老弟', '警员', '警員', '民警', '干部', '幹部', '领事', '領事', '参赞', '參贊', '秘书', '秘書',
];

/** Words directly before a name that make it one (叫王伟, 我哥哥王伟, 民警林志强). */
const CUES_BEFORE = [
  '名叫', '叫做', '叫', '名为', '名為', '姓名', '名字叫', '名字是', '自称', '自稱', '化名', '联系人', '聯繫人', '聯絡人', '负责人', '負責人', '署名',
  '父亲', '父親', '母亲', '母親', '爸爸', '妈妈', '媽媽', '哥哥', '弟弟', '姐姐', '妹妹', '丈夫', '妻子', '老公', '老婆', '儿子', '兒子', '女儿', '女兒', '朋友', '同事', '同学', '同學',
  '表哥', '表姐', '表弟', '表妹', '堂哥', '堂姐', '堂弟', '堂妹', '舅舅', '叔叔', '伯伯', '姑姑', '阿姨', '爷爷', '爺爺', '奶奶', '外公', '外婆', '岳父', '岳母', '侄子', '外甥', '亲戚', '親戚',
  '邻居', '鄰居', '室友', '男友', '女友', '男朋友', '女朋友', '未婚夫', '未婚妻', '前夫', '前妻', '家人', '亲人', '親人', '姐夫', '嫂子', '弟媳', '舅妈', '伯父', '伯母', '叔父', '婶婶',
  '民警', '警察', '警官', '干警', '幹警', '便衣', '国保', '國保', '国安', '國安', '官员', '官員', '干部', '幹部', '所长', '所長', '局长', '局長', '科长', '科長', '队长', '隊長', '书记', '書記', '会长', '會長',
  '主席', '主任', '律师', '律師', '记者', '記者', '学生', '學生', '男子', '女子', '人员', '人員', '特务', '特務', '线人', '線人', '翻译', '翻譯', '领事', '領事', '同乡', '同鄉', '老乡', '老鄉', '嫌疑人', '当事人', '當事人',
  '名字', '姓名：', '姓名:',
];

/** Words directly after a name that make it one (王伟说, 林志强打电话). */
const CUES_AFTER = [
  '说', '說', '告诉', '告訴', '打电话', '打電話', '打来', '打來', '来电', '來電', '联系', '聯繫', '聯絡', '威胁', '威脅', '要求', '警告', '让我', '讓我', '叫我', '问我', '問我', '表示', '声称', '聲稱', '称', '稱',
  '被捕', '被抓', '被拘', '被带', '被帶', '被判', '被关', '被關', '被约谈', '被約談', '被传唤', '被傳喚', '被警方', '被当局', '被當局', '被逮捕', '被失踪', '被失蹤', '失踪', '失蹤', '入狱', '入獄', '（化名）', '(化名)',
  '的电话', '的電話', '的手机', '的手機', '的微信', '的妻子', '的丈夫', '的儿子', '的兒子', '的女儿', '的女兒', '的家人', '的父亲', '的父親', '的母亲', '的母親', '等人', '一家', '夫妇', '夫婦',
];

/** Weaker cues, enough for a three-character name made of common given-name characters. */
const WEAK_AFTER_CHARS = '在是和与與跟也都还還就曾已从從对對向把给給的，。、；！？,.;!? ';

/** Frequent words that begin with a surname character and are not names. */
const NOT_NAMES = new Set(
  (
    '高兴 高興 马上 馬上 方便 方面 方法 方式 方向 安全 安排 安静 安靜 明天 明白 明显 明顯 白天 于是 於是 万一 萬一 常常 常见 常見 金钱 金錢 石头 石頭 文件 文化 文章 江湖 黄金 黃金 周围 周圍 周末 周年 何时 何時 何况 何況 平安 平时 平時 余下 关于 關於 关系 關係 关心 關心 关注 關注 钱财 錢財 包括 包裹 丁点 申请 申請 付款 温度 溫度 古代 应该 應該 谈话 談話 华人 華人 华侨 華僑 龙头 龍頭 花钱 花錢 毛病 全部 ' +
    '成为 成為 成功 成员 成員 甘肃 甘肅 曾经 曾經 任何 任务 任務 任职 任職 孔子 雷达 雷達 夏天 秋天 冬天 易于 程序 程度 许多 許多 许可 許可 邓小平 毛泽东 毛澤東 习近平 習近平 胡锦涛 胡錦濤 江泽民 江澤民 李克强 李克強 温家宝 溫家寶 苏联 蘇聯 叶子 葉子 章程 史上 史料 景点 景點 宋朝 唐朝 元朝 ' +
    '高级 高級 高中 高速 高层 高層 高度 高压 高壓 林业 吴语 吳語 黎明 罗马 羅馬 杨柳 楊柳 田地 田野 严重 嚴重 严格 嚴格 严厉 嚴厲 康复 康復 齐全 齊全 万元 萬元 武装 武裝 武警 管理 管控 管制 燕子 柏林 龙岩 龍岩 包头 包頭 焦虑 焦慮 焦点 焦點 乐意 樂意 秦朝 宁可 寧可 宁愿 寧願 简单 簡單 简直 簡直 ' +
    '邱园 华为 華為 华盛顿 華盛頓 戴口罩 卫生 衛生 卫星 衛星 卢布 盛大 童年 苗条 苗條 蒙古 蓝色 藍色 边境 邊境 边界 邊界 伊朗 伊斯兰 伊斯蘭 鲁莽 满意 滿意 满足 滿足 冷静 冷靜 米饭 米飯 宗教 宗旨 谷歌 穆斯林 毕业 畢業 季节 季節 ' +
    '欧洲 歐洲 欧盟 歐盟 欧元 歐元 东方明珠 東方明珠 黄色 黃色 白色 金色 红色 紅色 杜绝 杜絕 潘多拉 牛奶 牛肉 牛逼 熊猫 熊貓 孟加拉 秦岭 秦嶺 沈阳 沈陽 吉林 吉祥 桂林 莫斯科 乔治 喬治 蒋介石 蔣介石 岳父 岳母 左右 左边 左邊 柳州 郑州 鄭州 温州 溫州 苏州 蘇州 常州 宁波 寧波 江西 江苏 江蘇 湛江 福州'
  ).split(' '),
);

/** Transliterated names with an interpunct (买买提·艾力, 约翰·史密斯). */
const INTERPUNCT_CHARS = '·•・‧';
/** Marks between a naming word and the name: "姓名：王伟", "叫 王伟", "叫“王伟". */
const CUE_MARK_CHARS = '： :“「';

// The classes above in one table (see `charClasses`): a name test reads one entry per character.
const SURNAME = 1;
/** First characters of compound surnames: the two-character lookup runs only after one. */
const COMPOUND_FIRST = 2;
const GIVEN = 4;
const STOP = 8;
const INTERPUNCT = 16;
const WEAK_AFTER = 32;
const CUE_MARK = 64;
const CLASSES = charClasses([SURNAME_CHARS, COMPOUND_SURNAMES.map((s) => s[0]), GIVEN_NAME_CHARS, STOP_CHARS, INTERPUNCT_CHARS, WEAK_AFTER_CHARS, CUE_MARK_CHARS]);

/**
 * Whether code unit `c` is in the class. Outside the text `c` is NaN: the comparison makes
 * that false without indexing the table with NaN (an out-of-range typed-array read that
 * sends V8 back to unoptimised code).
 */
function is(c: number, cls: number): boolean {
  return c < 0x10000 && (CLASSES[c] & cls) !== 0;
}

/**
 * Word lists indexed by the code unit of their first (or last) character, so a lookup costs
 * O(words sharing it) and builds no one-character string (V8 caches those only for Latin-1).
 */
type WordIndex = Map<number, string[]>;
const indexes = new WeakMap<readonly string[], { byFirst: WordIndex; byLast: WordIndex }>();

function indexOf(words: readonly string[]): { byFirst: WordIndex; byLast: WordIndex } {
  let idx = indexes.get(words);
  if (!idx) {
    idx = { byFirst: new Map(), byLast: new Map() };
    for (const w of words) {
      addTo(idx.byFirst, w.charCodeAt(0), w);
      addTo(idx.byLast, w.charCodeAt(w.length - 1), w);
    }
    indexes.set(words, idx);
  }
  return idx;
}

function addTo(index: WordIndex, code: number, word: string): void {
  const list = index.get(code);
  if (list) list.push(word);
  else index.set(code, [word]);
}

function startsWithAny(text: string, pos: number, words: readonly string[]): string | null {
  const list = indexOf(words).byFirst.get(text.charCodeAt(pos));
  if (list) for (const w of list) if (text.startsWith(w, pos)) return w;
  return null;
}

function endsWithAny(text: string, pos: number, words: readonly string[]): string | null {
  const list = pos > 0 ? indexOf(words).byLast.get(text.charCodeAt(pos - 1)) : undefined;
  if (list) for (const w of list) if (pos >= w.length && text.startsWith(w, pos - w.length)) return w;
  return null;
}

/** NOT_NAMES words of two or three characters (the lengths nameAt compares), for startsWithAny. */
const NOT_NAMES_2_3 = [...NOT_NAMES].filter((w) => w.length === 2 || w.length === 3);

/** Code units compared with the characters around a name. */
const XING = '姓'.charCodeAt(0);
const BAI = '百'.charCodeAt(0);
const LAO = '老'.charCodeAt(0);
const XIAO = '小'.charCodeAt(0);

function nameChar(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return pos < text.length && isHan(c) && !is(c, STOP);
}

function cueBefore(text: string, start: number): boolean {
  if (endsWithAny(text, start, CUES_BEFORE)) return true;
  // "姓名：王伟", "叫：王伟", "叫 王伟"
  if (is(text.charCodeAt(start - 1), CUE_MARK)) return endsWithAny(text, start - 1, CUES_BEFORE) !== null;
  return false;
}

/**
 * Chinese names: a surname (single or compound) followed by one or two given-name
 * characters, accepted when a title, a naming or kinship word, or a reporting verb is next
 * to it; surname-only references (王警官, 姓王的, 老王); transliterated names with an
 * interpunct. Bounded work per character: linear.
 */
export function detectChinesePersons(text: string, out: Candidate[] = []): Candidate[] {
  const n = text.length;
  const push = (start: number, end: number, confidence: number): void => {
    out.push({ start, end, type: 'PERSON', confidence, key: text.slice(start, end) });
  };
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (is(code, INTERPUNCT) && i > 0 && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1))) {
      const span = transliterated(text, i);
      if (span) {
        push(span[0], span[1], 0.8);
        i = span[1];
        continue;
      }
    }
    if (!isHan(code)) {
      i++;
      continue;
    }
    const compound = is(code, COMPOUND_FIRST) && COMPOUNDS.has(text.substr(i, 2));
    if (!compound && !is(code, SURNAME)) {
      i++;
      continue;
    }
    const found = nameAt(text, i, compound ? 2 : 1);
    if (found) {
      push(found.start, found.end, found.confidence);
      i = found.end;
    } else {
      i++;
    }
  }
  return out;
}

function nameAt(text: string, start: number, surnameLength: number): { start: number; end: number; confidence: number } | null {
  if (startsWithAny(text, start, NOT_NAMES_2_3)) {
    // A surname-only reference can still follow (高先生) — the title check below handles it.
    if (!startsWithAny(text, start + surnameLength, TITLES_AFTER)) return null;
  }
  const afterSurname = start + surnameLength;
  const prev = text.charCodeAt(start - 1);

  // 姓王 / 姓王的民警: the surname alone.
  if (prev === XING && text.charCodeAt(start - 2) !== BAI) {
    return { start, end: afterSurname, confidence: 0.85 };
  }
  // 王先生, 林警官, 李队长: the surname alone, the title stays.
  if (startsWithAny(text, afterSurname, TITLES_AFTER) && !nameChar(text, start - 1)) {
    return { start, end: afterSurname, confidence: 0.85 };
  }
  // 老王, 小李 followed by a stop.
  if ((prev === LAO || prev === XIAO) && surnameLength === 1 && !nameChar(text, afterSurname)) {
    return { start, end: afterSurname, confidence: 0.7 };
  }

  let given = 0;
  if (nameChar(text, afterSurname) && !startsWithAny(text, afterSurname, CUES_AFTER)) {
    given = 1;
    const second = afterSurname + 1;
    if (nameChar(text, second) && !startsWithAny(text, second, TITLES_AFTER) && !startsWithAny(text, second, CUES_AFTER)) given = 2;
  }
  if (given === 0) return null;
  const end = afterSurname + given;
  const strongBefore = cueBefore(text, start);
  const title = startsWithAny(text, end, TITLES_AFTER) !== null;
  const strongAfter = startsWithAny(text, end, CUES_AFTER) !== null;
  if (strongBefore || title || strongAfter) return { start, end, confidence: 0.85 };
  // A name written alone between spaces or Latin text (My uncle 东方刚 was…).
  const alone = (start === 0 || !isHan(text.charCodeAt(start - 1))) && (end >= text.length || !isHan(text.charCodeAt(end)));
  if (alone && allGiven(text, afterSurname, end)) return { start, end, confidence: 0.7 };
  // Three characters of common given-name characters, with a boundary on both sides.
  if (given === 2 && is(text.charCodeAt(afterSurname), GIVEN) && is(text.charCodeAt(afterSurname + 1), GIVEN)) {
    const leftOk = start === 0 || !isHan(text.charCodeAt(start - 1)) || is(text.charCodeAt(start - 1), STOP);
    const weakAfter = is(text.charCodeAt(end), WEAK_AFTER);
    const rightOk = end >= text.length || !isHan(text.charCodeAt(end)) || weakAfter;
    if (leftOk && rightOk) return { start, end, confidence: 0.7 };
    if (rightOk && weakAfter) return { start, end, confidence: 0.6 };
  }
  return null;
}

/** Given-name characters between two offsets (every one a Han character, so one unit each). */
function allGiven(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!is(text.charCodeAt(k), GIVEN)) return false;
  return true;
}

/** Transliterated name around an interpunct at `dot`: up to five Han characters on each side. */
function transliterated(text: string, dot: number): [number, number] | null {
  let left = dot;
  while (left > 0 && dot - left < 5 && nameChar(text, left - 1)) left--;
  // Strip a kinship or role word the name is glued to (我叔叔买买提·艾力).
  for (let k = left; k < dot - 1; k++) {
    if (endsWithAny(text, k, CUES_BEFORE)) left = k;
  }
  let right = dot + 1;
  while (right < text.length && right - dot <= 5 && nameChar(text, right)) right++;
  // A second interpunct continues the name (阿卜杜·热合曼·买买提).
  if (is(text.charCodeAt(right), INTERPUNCT) && isHan(text.charCodeAt(right + 1))) {
    right++;
    const limit = right + 6;
    while (right < text.length && right < limit && nameChar(text, right)) right++;
  }
  if (dot - left < 1 || right - dot < 2) return null;
  return [left, right];
}
