import type { Candidate, DetectorInput } from '../candidate';
import { firstMatch, matchAt, nextMatch, skipFiller } from './context-value';

// Links to a chat account. The path class is negated and bounded: linear.
const CHAT_LINK = /(?<![A-Za-z0-9.\-@])(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog|wa\.me|api\.whatsapp\.com\/send\?phone=|signal\.me|line\.me\/ti\/p|qm\.qq\.com|u\.wechat\.com)\/?[^\s<>"'，。、；！？）)】」]{1,200}/gi;
const WXID = /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9]{4,24}(?![A-Za-z0-9_])/gi;
/** `@handle` not preceded by a word character (that would be an e-mail). Signal usernames end in `.NN`. */
const HANDLE = /(?<![A-Za-z0-9_.@\-])@[A-Za-z][A-Za-z0-9_.]{2,31}(?![A-Za-z0-9_@])/g;

const WECHAT_CONTEXT = /微信号|微信號|微信|wechat|weixin|vx号|vx號|vx|v信|wx号|wx號/gi;
const QQ_CONTEXT = /qq号码|qq號碼|qq号|qq號|qq|扣扣|企鹅号|企鵝號/gi;
const CHAT_CONTEXT = /telegram|signal|whatsapp|line|skype|discord|viber|kakaotalk|电报|電報|飞机|飛機|\btg\b/gi;

const WECHAT_ID = /[A-Za-z][A-Za-z0-9_-]{5,19}(?![A-Za-z0-9_-])|\d{5,12}(?![A-Za-z0-9])/y;
const QQ_NUMBER = /[1-9]\d{4,11}(?![A-Za-z0-9])/y;
const CHAT_ID = /@?[A-Za-z][A-Za-z0-9_.]{3,31}(?![A-Za-z0-9_])/y;

/** Words that follow a messenger name but are not an account. */
const NOT_AN_ID = new Set(['account', 'accounts', 'group', 'groups', 'channel', 'message', 'messages', 'messaging', 'contact', 'contacts', 'number', 'chats', 'called', 'calls', 'video', 'voice', 'because', 'before', 'after', 'instead', 'friends', 'moments']);

export function detectMessengerIds({ text, dots, at }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, value: string, confidence: number): void => {
    const trimmed = value.replace(/[.\-_]+$/, '');
    out.push({ start, end: start + trimmed.length, type: 'MESSENGER_ID', confidence, key: trimmed.toLowerCase().replace(/^@/, '') });
  };
  // Every chat link has a dot in its domain; a handle starts with @.
  if (dots > 0) for (let m = firstMatch(CHAT_LINK, text); m !== null; m = nextMatch(CHAT_LINK, text, m)) push(m.index, m[0].replace(/[.,;:!?]+$/, ''), 0.95);
  for (let m = firstMatch(WXID, text); m !== null; m = nextMatch(WXID, text, m)) push(m.index, m[0], 0.97);
  if (at) for (let m = firstMatch(HANDLE, text); m !== null; m = nextMatch(HANDLE, text, m)) push(m.index, m[0], 0.75);
  contextual(text, WECHAT_CONTEXT, WECHAT_ID, push);
  contextual(text, QQ_CONTEXT, QQ_NUMBER, push);
  contextual(text, CHAT_CONTEXT, CHAT_ID, push);
  return out;
}

function contextual(text: string, context: RegExp, value: RegExp, push: (start: number, value: string, confidence: number) => void): void {
  for (let m = firstMatch(context, text); m !== null; m = nextMatch(context, text, m)) {
    const end = m.index + m[0].length;
    // A context word glued to a following Latin word is part of that word ("lines", "qqq").
    if (/^[A-Za-z]/.test(m[0]) && /[A-Za-z]/.test(text[end] ?? '')) continue;
    if (/^[A-Za-z]/.test(m[0]) && /[A-Za-z]/.test(text[m.index - 1] ?? '')) continue;
    const { pos, marked } = skipFiller(text, end);
    const v = matchAt(value, text, pos);
    if (!v) continue;
    const id = v[0];
    if (NOT_AN_ID.has(id.toLowerCase())) continue;
    const pureLetters = /^@?[A-Za-z]+$/.test(id);
    if (pureLetters && !marked && !id.startsWith('@')) continue;
    if (text.slice(pos + id.length, pos + id.length + 1) === '@') continue; // an e-mail address
    push(pos, id, pureLetters ? 0.7 : 0.85);
  }
}
