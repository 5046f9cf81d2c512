import type { DetectorInput } from './candidate';
import { isHan } from './text-classes';

/** One pass over the (width-folded) text for the facts detectors use to skip it. */
export function scanText(text: string): DetectorInput {
  let digits = 0;
  let run = 0;
  let digitRun = 0;
  let upper = 0;
  let han = false;
  let dots = 0;
  let colons = 0;
  let at = false;
  let slash = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (++run > digitRun) digitRun = run;
      continue;
    }
    run = 0;
    if (c >= 65 && c <= 90) upper++;
    else if (c === 46) dots++;
    else if (c === 58) colons++;
    else if (c === 64) at = true;
    else if (c === 47) slash = true;
    else if (c >= 0x3400 && !han) han = isHan(c);
  }
  return { text, digits, digitRun, upper, han, dots, colons, at, slash };
}
