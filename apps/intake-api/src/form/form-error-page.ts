import type { ErrorPageRenderer } from '@tnr/platform';
import { chooseLanguage } from './form-language';
import { renderErrorPage } from './report-form.view';

/**
 * Errors on the form route (`/report`: body too large or unreadable, too many requests,
 * server errors) are answered with a page in the reporter's language, chosen as the form
 * chooses it: `?lang=` (the form's action carries it, so it is there even when the body could
 * not be read), the form's `lang` field, then Accept-Language. Every other route keeps JSON.
 */
export const formErrorPage: ErrorPageRenderer = (req, status, error) => {
  if (req.path !== '/report') return null;
  const fromBody = typeof req.body === 'object' && req.body !== null ? (req.body as { lang?: unknown }).lang : undefined;
  const language = chooseLanguage((req.query as Record<string, unknown> | undefined)?.lang ?? fromBody, req.headers['accept-language']);
  return renderErrorPage(language, status, error.id);
};
