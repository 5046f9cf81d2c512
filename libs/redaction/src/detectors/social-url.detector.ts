import type { Candidate, DetectorInput } from '../candidate';
import { firstMatch, nextMatch } from './context-value';

// Scheme and sub-domain are optional literals, the site is a fixed alternation, the path a
// bounded negated class: one pass per start, no ambiguous repetition.
const SOCIAL_URL = /(?<![A-Za-z0-9.\-@/])(?:https?:\/\/)?(?:(?:www|m|mobile|space|v|vm|weibo|zh-cn|mbasic|web)\.)?(?:facebook\.com|fb\.com|fb\.me|x\.com|twitter\.com|instagram\.com|instagr\.am|weibo\.com|weibo\.cn|douyin\.com|iesdouyin\.com|tiktok\.com|youtube\.com|youtu\.be|linkedin\.com|threads\.net|xiaohongshu\.com|xhslink\.com|bilibili\.com|b23\.tv|zhihu\.com|kuaishou\.com|reddit\.com|vk\.com|bsky\.app|mastodon\.social|medium\.com|github\.com|twitch\.tv|snapchat\.com|pinterest\.com)\/[^\s<>"'，。、；！？）)】」\]]{1,300}/gi;

/** Profile (and post) URLs on social networks; a link to a person's page identifies them. */
export function detectSocialUrls({ text, slash }: DetectorInput, out: Candidate[] = []): Candidate[] {
  // Every alternative needs the "/" after the site: skip the scan when there is none.
  if (!slash) return out;
  for (let m = firstMatch(SOCIAL_URL, text); m !== null; m = nextMatch(SOCIAL_URL, text, m)) {
    const value = m[0].replace(/[.,;:!?]+$/, '');
    const path = value.slice(value.indexOf('/', value.indexOf('.')) + 1);
    if (path.length === 0) continue;
    out.push({ start: m.index, end: m.index + value.length, type: 'SOCIAL_URL', confidence: 0.95, key: value.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '') });
  }
  return out;
}
