import type { Candidate, DetectorInput } from '../candidate';
import { isAsciiLetter } from '../text-classes';
import { KeywordGate } from '../text-scan';
import { firstMatch, matchAt, nextMatch, skipFiller } from './context-value';
import { keywordPattern } from './context-words';

// Links to a chat account. The path class is negated and bounded: linear.
const CHAT_LINK = /(?<![A-Za-z0-9.\-@])(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog|wa\.me|api\.whatsapp\.com\/send\?phone=|signal\.me|line\.me\/ti\/p|qm\.qq\.com|u\.wechat\.com)\/?[^\s<>"'，。、；！？）)】」]{1,200}/gi;
/** The chat-link hosts: every CHAT_LINK match contains one. */
const CHAT_LINK_HOSTS = new KeywordGate(['t.me', 'telegram.me', 'telegram.dog', 'wa.me', 'api.whatsapp.com/send?phone=', 'signal.me', 'line.me/ti/p', 'qm.qq.com', 'u.wechat.com']);
const WXID = keywordPattern([['(?<![A-Za-z0-9_])wxid_[A-Za-z0-9]{4,24}(?![A-Za-z0-9_])', 'wxid_']], 'gi');
/** `@handle` not preceded by a word character (that would be an e-mail). Signal usernames end in `.NN`. */
const HANDLE = /(?<![A-Za-z0-9_.@\-])@[A-Za-z][A-Za-z0-9_.]{2,31}(?![A-Za-z0-9_@])/g;

const WECHAT_CONTEXT = keywordPattern(['微信号', '微信號', '微信', 'wechat', 'weixin', 'vx号', 'vx號', 'vx', 'v信', 'wx号', 'wx號'], 'gi');
const QQ_CONTEXT = keywordPattern(['qq号码', 'qq號碼', 'qq号', 'qq號', 'qq', '扣扣', '企鹅号', '企鵝號'], 'gi');
const CHAT_CONTEXT = keywordPattern(['telegram', 'signal', 'whatsapp', 'line', 'skype', 'discord', 'viber', 'kakaotalk', '电报', '電報', '飞机', '飛機', ['\\btg\\b', 'tg']], 'gi');

const WECHAT_ID = /[A-Za-z][A-Za-z0-9_-]{5,19}(?![A-Za-z0-9_-])|\d{5,12}(?![A-Za-z0-9])/y;
const QQ_NUMBER = /[1-9]\d{4,11}(?![A-Za-z0-9])/y;
const CHAT_ID = /@?[A-Za-z][A-Za-z0-9_.]{3,31}(?![A-Za-z0-9_])/y;

/** Words that follow a messenger name but are not an account. */
const NOT_AN_ID = new Set(['account', 'accounts', 'group', 'groups', 'channel', 'message', 'messages', 'messaging', 'contact', 'contacts', 'number', 'chats', 'called', 'calls', 'video', 'voice', 'because', 'before', 'after', 'instead', 'friends', 'moments']);

export function detectMessengerIds(input: DetectorInput, out: Candidate[] = []): Candidate[] {
  const text = input.text;
  const push = (start: number, value: string, confidence: number): void => {
    const trimmed = value.replace(/[.\-_]+$/, '');
    out.push({ start, end: start + trimmed.length, type: 'MESSENGER_ID', confidence, key: trimmed.toLowerCase().replace(/^@/, '') });
  };
  // Each pattern is skipped when the text lacks what all its matches hold: a host, `wxid_`, `@`, a messenger word.
  if (input.dots > 0 && CHAT_LINK_HOSTS.mayOccur(input)) {
    for (let m = firstMatch(CHAT_LINK, text); m !== null; m = nextMatch(CHAT_LINK, text, m)) push(m.index, m[0].replace(/[.,;:!?]+$/, ''), 0.95);
  }
  if (WXID.gate.mayOccur(input)) for (let m = firstMatch(WXID.pattern, text); m !== null; m = nextMatch(WXID.pattern, text, m)) push(m.index, m[0], 0.97);
  if (input.at) for (let m = firstMatch(HANDLE, text); m !== null; m = nextMatch(HANDLE, text, m)) push(m.index, m[0], 0.75);
  if (WECHAT_CONTEXT.gate.mayOccur(input)) contextual(text, WECHAT_CONTEXT.pattern, WECHAT_ID, push);
  if (QQ_CONTEXT.gate.mayOccur(input)) contextual(text, QQ_CONTEXT.pattern, QQ_NUMBER, push);
  if (CHAT_CONTEXT.gate.mayOccur(input)) contextual(text, CHAT_CONTEXT.pattern, CHAT_ID, push);
  return out;
}

function contextual(text: string, context: RegExp, value: RegExp, push: (start: number, value: string, confidence: number) => void): void {
  for (let m = firstMatch(context, text); m !== null; m = nextMatch(context, text, m)) {
    const end = m.index + m[0].length;
    // A context word glued to a following Latin word is part of that word ("lines", "qqq").
    const latin = isAsciiLetter(m[0].charCodeAt(0));
    if (latin && (isAsciiLetter(text.charCodeAt(end)) || isAsciiLetter(text.charCodeAt(m.index - 1)))) continue;
    const { pos, marked } = skipFiller(text, end);
    const v = matchAt(value, text, pos);
    if (!v) continue;
    const id = v[0];
    if (NOT_AN_ID.has(id.toLowerCase())) continue;
    const pureLetters = /^@?[A-Za-z]+$/.test(id);
    if (pureLetters && !marked && !id.startsWith('@')) continue;
    if (text.charCodeAt(pos + id.length) === 64) continue; // `@`: an e-mail address
    push(pos, id, pureLetters ? 0.7 : 0.85);
  }
}
