import { INCIDENT_TYPES } from '@tnr/database';
import { NARRATIVE_MAX_LENGTH } from '../submissions/submit-report.request.dto';
import { RECEIPT_ADVICE } from '../submissions/submissions.service';
import type { FormLanguage } from './form-language';

/** Errors the form can show; each is shown next to one field (or at the top for `form`). */
export type FormErrorKey =
  | 'narrativeRequired'
  | 'narrativeTooLong'
  | 'invalidCharacters'
  | 'countryInvalid'
  | 'cityTooLong'
  | 'whenIncomplete'
  | 'whenInvalid'
  | 'typesInvalid'
  | 'formInvalid'
  | 'formExpired'
  | 'busy';

/** Error pages of the form routes, by kind of failure (see renderErrorPage). */
export type ErrorPageKind = 'badRequest' | 'tooLarge' | 'tooMany' | 'unavailable' | 'serverError';

export interface FormMessages {
  /** The language's name in itself, for the language links. */
  languageName: string;
  pageTitle: string;
  siteName: string;
  intro: string;
  safetyNote: string;
  languageNav: string;
  required: string;
  optional: string;
  narrativeLabel: string;
  narrativeHint: string;
  whereLegend: string;
  countryLabel: string;
  countryNone: string;
  cityLabel: string;
  whenLegend: string;
  whenHint: string;
  monthLabel: string;
  yearLabel: string;
  notSpecified: string;
  typesLegend: string;
  repliesLegend: string;
  repliesLabel: string;
  repliesHint: string;
  submit: string;
  /** Button label while the page's script finishes its proof of work before sending. */
  submitPreparing: string;
  errorTitlePrefix: string;
  errorSummary: string;
  /** Heading of the summary when the report was refused for being sent too often, not for its content. */
  busySummary: string;
  errors: Record<FormErrorKey, string>;
  receiptPageTitle: string;
  receiptHeading: string;
  receiptLabel: string;
  receiptOnce: string;
  receiptAdvice: string;
  receiptNoReload: string;
  receiptClose: string;
  anotherReport: string;
  alreadyReceivedTitle: string;
  alreadyReceivedHeading: string;
  alreadyReceivedBody: string;
  alreadyReceivedNoReceipt: string;
  errorPages: Record<ErrorPageKind, { title: string; body: string }>;
  errorNothingKept: string;
  errorReference: string;
  backToForm: string;
}

const max = NARRATIVE_MAX_LENGTH.toLocaleString('en');

export const FORM_MESSAGES: Record<FormLanguage, FormMessages> = {
  en: {
    languageName: 'English',
    pageTitle: 'Report transnational repression',
    siteName: 'TNR Watch',
    intro: 'Tell us what happened. You do not have to give your name or any contact details. What you write is stored encrypted and read only by our moderation team.',
    safetyNote: 'This form works without JavaScript and sets no cookies. If someone may check this device, close the browser when you are done.',
    languageNav: 'Language',
    required: '(required)',
    optional: '(optional)',
    narrativeLabel: 'What happened',
    narrativeHint: 'Describe the events in your own words, in any language. You may leave out names and details that could identify you.',
    whereLegend: 'Where did it happen?',
    countryLabel: 'Country or region',
    countryNone: '(not specified)',
    cityLabel: 'City or town',
    whenLegend: 'When did it happen?',
    whenHint: 'The month and year are enough: we never keep exact dates.',
    monthLabel: 'Month',
    yearLabel: 'Year',
    notSpecified: '(not specified)',
    typesLegend: 'What kind of incident? Tick all that apply.',
    repliesLegend: 'Replies',
    repliesLabel: 'I would like to receive replies',
    repliesHint: 'You can read replies only with the receipt code you get after sending. We never contact you any other way.',
    submit: 'Send report',
    submitPreparing: 'Preparing to send…',
    errorTitlePrefix: 'Error: ',
    errorSummary: 'Please correct the following',
    busySummary: 'Your report cannot be accepted right now',
    errors: {
      narrativeRequired: 'Describe what happened.',
      narrativeTooLong: `Keep the description under ${max} characters.`,
      invalidCharacters: 'This contains characters that cannot be stored. Remove unusual symbols and try again.',
      countryInvalid: 'Choose a country or region from the list.',
      cityTooLong: 'Keep the city name under 120 characters.',
      whenIncomplete: 'Choose both the month and the year, or leave both empty.',
      whenInvalid: 'Choose the month and year from the lists.',
      typesInvalid: 'Choose only from the incident types listed.',
      formInvalid: 'The form contained data we did not expect. Check your answers and send it again.',
      formExpired: 'This form has expired or could not be checked. Your answers are kept below: check them and send the form again.',
      busy: 'We are receiving an unusual number of reports sent without JavaScript, so we cannot accept yours at the moment. Nothing was saved, and your answers are kept below. Please try again in an hour.',
    },
    receiptPageTitle: 'Report received',
    receiptHeading: 'Your report has been received',
    receiptLabel: 'Your receipt code',
    receiptOnce: 'This code is shown only this once. It is not saved anywhere, and we cannot show it again.',
    receiptAdvice: RECEIPT_ADVICE,
    receiptNoReload: 'Do not reload this page: the code would not be shown again (your report would not be sent twice).',
    receiptClose: 'When you have written the code down, close this page and the browser.',
    anotherReport: 'Send another report',
    alreadyReceivedTitle: 'Already received',
    alreadyReceivedHeading: 'This report was already received',
    alreadyReceivedBody: 'This form was sent before, so it was not saved a second time. This happens when a page is reloaded or a form is sent twice.',
    alreadyReceivedNoReceipt: 'For your safety the receipt code is shown only once, right after sending, and cannot be shown again. If you did not write it down you cannot follow this report up, but it has been received.',
    errorPages: {
      badRequest: { title: 'The form could not be read', body: 'What was sent could not be read (for example, it contained characters that are not valid text). Nothing was saved. Open the form again and send your report once more.' },
      tooLarge: { title: 'The report is too long', body: `What was sent is larger than we accept, so nothing was saved. The description may be at most ${max} characters: open the form again and send a shorter text.` },
      tooMany: { title: 'Too many requests', body: 'We are receiving too many requests at the moment. Nothing was saved. Please try again in a few minutes.' },
      unavailable: { title: 'The service is busy', body: 'The service is busy or briefly unavailable. Nothing was saved. Please try again in a few minutes.' },
      serverError: { title: 'Something went wrong on our side', body: 'Your report could not be saved because of an error on our side. Please try again later.' },
    },
    errorNothingKept: 'For your safety the form keeps nothing you typed in the browser, so going back may show an empty form.',
    errorReference: 'Error reference (it says nothing about you):',
    backToForm: 'Open the report form',
  },
  'zh-Hans': {
    languageName: '简体中文',
    pageTitle: '报告跨国镇压事件',
    siteName: 'TNR Watch',
    intro: '请告诉我们发生了什么。您无需提供姓名或任何联系方式。您填写的内容会加密保存，只有我们的审核团队能够阅读。',
    safetyNote: '本表单无需 JavaScript，也不使用 Cookie。如果有人可能检查这台设备，填写完毕后请关闭浏览器。',
    languageNav: '语言',
    required: '（必填）',
    optional: '（选填）',
    narrativeLabel: '发生了什么',
    narrativeHint: '请用您自己的话描述经过，可以使用任何语言。您可以略去能识别您身份的姓名和细节。',
    whereLegend: '在哪里发生？',
    countryLabel: '国家或地区',
    countryNone: '（未选择）',
    cityLabel: '城市',
    whenLegend: '什么时候发生？',
    whenHint: '填写月份和年份即可，我们不会保存具体日期。',
    monthLabel: '月份',
    yearLabel: '年份',
    notSpecified: '（未选择）',
    typesLegend: '属于哪类事件？可多选。',
    repliesLegend: '回复',
    repliesLabel: '我希望收到回复',
    repliesHint: '只有凭提交后获得的回执码才能查看回复。我们不会通过其他任何方式联系您。',
    submit: '提交报告',
    submitPreparing: '正在准备提交…',
    errorTitlePrefix: '错误：',
    errorSummary: '请修改以下内容',
    busySummary: '暂时无法接收您的报告',
    errors: {
      narrativeRequired: '请描述发生了什么。',
      narrativeTooLong: `描述不能超过 ${max} 个字符。`,
      invalidCharacters: '其中包含无法保存的字符，请删除特殊符号后重试。',
      countryInvalid: '请从列表中选择国家或地区。',
      cityTooLong: '城市名称不能超过 120 个字符。',
      whenIncomplete: '请同时选择月份和年份，或者两项都不选。',
      whenInvalid: '请从列表中选择月份和年份。',
      typesInvalid: '请只从列出的事件类型中选择。',
      formInvalid: '表单中含有无法识别的数据。请检查您填写的内容，然后重新提交。',
      formExpired: '此表单已过期或无法核验。您填写的内容保留在下方，请检查后重新提交。',
      busy: '目前收到的未启用 JavaScript 的报告异常多，我们暂时无法接收您的报告。内容尚未保存，您填写的内容保留在下方。请一小时后再试。',
    },
    receiptPageTitle: '报告已收到',
    receiptHeading: '我们已收到您的报告',
    receiptLabel: '您的回执码',
    receiptOnce: '此回执码只显示这一次。它不会保存在任何地方，我们也无法再次显示。',
    receiptAdvice: '请把回执码抄写下来，放在只有您自己能拿到的地方。这是查看回复或补充报告的唯一方式，任何人（包括我们）都无法找回。请不要通过聊天软件或电子邮件发送它。',
    receiptNoReload: '请不要刷新本页面：回执码不会再次显示（报告也不会被重复提交）。',
    receiptClose: '抄好回执码后，请关闭本页面和浏览器。',
    anotherReport: '再提交一份报告',
    alreadyReceivedTitle: '已收到',
    alreadyReceivedHeading: '这份报告已经收到',
    alreadyReceivedBody: '此表单之前已经提交过，因此没有再次保存。刷新页面或重复提交表单时会出现这种情况。',
    alreadyReceivedNoReceipt: '为了您的安全，回执码只在提交后显示一次，无法再次显示。如果您没有抄下回执码，将无法跟进这份报告，但报告已经收到。',
    errorPages: {
      badRequest: { title: '无法读取表单', body: '提交的内容无法读取（例如含有无效的文字字符）。内容尚未保存。请重新打开表单，再提交一次。' },
      tooLarge: { title: '报告太长', body: `提交的内容超出了我们接受的大小，因此没有保存。描述最多 ${max} 个字符：请重新打开表单，提交较短的文字。` },
      tooMany: { title: '请求过多', body: '我们目前收到的请求过多。内容尚未保存。请几分钟后再试。' },
      unavailable: { title: '服务繁忙', body: '服务繁忙或暂时无法使用。内容尚未保存。请几分钟后再试。' },
      serverError: { title: '我们这边出了问题', body: '由于我们这边的错误，您的报告未能保存。请稍后再试。' },
    },
    errorNothingKept: '为了您的安全，本表单不会在浏览器中保留您填写的任何内容，因此返回上一页时表单可能是空的。',
    errorReference: '错误编号（不包含任何关于您的信息）：',
    backToForm: '打开报告表单',
  },
  'zh-Hant': {
    languageName: '繁體中文',
    pageTitle: '通報跨國鎮壓事件',
    siteName: 'TNR Watch',
    intro: '請告訴我們發生了什麼事。您不必提供姓名或任何聯絡方式。您填寫的內容會加密儲存，只有我們的審核團隊能夠閱讀。',
    safetyNote: '本表單不需要 JavaScript，也不使用 Cookie。如果有人可能檢查這部裝置，填寫完畢後請關閉瀏覽器。',
    languageNav: '語言',
    required: '（必填）',
    optional: '（選填）',
    narrativeLabel: '發生了什麼事',
    narrativeHint: '請用您自己的話描述經過，使用任何語言皆可。您可以略去足以辨識您身分的姓名和細節。',
    whereLegend: '在哪裡發生？',
    countryLabel: '國家或地區',
    countryNone: '（未選擇）',
    cityLabel: '城市',
    whenLegend: '什麼時候發生？',
    whenHint: '填寫月份和年份即可，我們不會保存確切日期。',
    monthLabel: '月份',
    yearLabel: '年份',
    notSpecified: '（未選擇）',
    typesLegend: '屬於哪類事件？可複選。',
    repliesLegend: '回覆',
    repliesLabel: '我希望收到回覆',
    repliesHint: '只有憑送出後取得的回執碼才能查看回覆。我們不會透過其他任何方式聯絡您。',
    submit: '送出報告',
    submitPreparing: '正在準備送出…',
    errorTitlePrefix: '錯誤：',
    errorSummary: '請修正以下內容',
    busySummary: '暫時無法接收您的報告',
    errors: {
      narrativeRequired: '請描述發生了什麼事。',
      narrativeTooLong: `描述不得超過 ${max} 個字元。`,
      invalidCharacters: '其中包含無法儲存的字元，請刪除特殊符號後再試一次。',
      countryInvalid: '請從清單中選擇國家或地區。',
      cityTooLong: '城市名稱不得超過 120 個字元。',
      whenIncomplete: '請同時選擇月份和年份，或兩者都不選。',
      whenInvalid: '請從清單中選擇月份和年份。',
      typesInvalid: '請只從列出的事件類型中選擇。',
      formInvalid: '表單中含有無法辨識的資料。請檢查您填寫的內容，再重新送出。',
      formExpired: '此表單已過期或無法核驗。您填寫的內容保留在下方，請檢查後重新送出。',
      busy: '目前收到未啟用 JavaScript 的報告異常地多，我們暫時無法接收您的報告。內容尚未儲存，您填寫的內容保留在下方。請一小時後再試。',
    },
    receiptPageTitle: '已收到報告',
    receiptHeading: '我們已收到您的報告',
    receiptLabel: '您的回執碼',
    receiptOnce: '這組回執碼只會顯示這一次。它不會儲存在任何地方，我們也無法再次顯示。',
    receiptAdvice: '請把回執碼抄寫下來，放在只有您自己拿得到的地方。這是查看回覆或補充報告的唯一方式，任何人（包括我們）都無法找回。請勿透過通訊軟體或電子郵件傳送。',
    receiptNoReload: '請不要重新整理本頁：回執碼不會再次顯示（報告也不會重複送出）。',
    receiptClose: '抄好回執碼後，請關閉本頁和瀏覽器。',
    anotherReport: '再送出一份報告',
    alreadyReceivedTitle: '已收到',
    alreadyReceivedHeading: '這份報告已經收到',
    alreadyReceivedBody: '此表單先前已經送出，因此沒有再次儲存。重新整理頁面或重複送出表單時會發生這種情況。',
    alreadyReceivedNoReceipt: '為了您的安全，回執碼只在送出後顯示一次，無法再次顯示。如果您沒有抄下回執碼，將無法追蹤這份報告，但報告已經收到。',
    errorPages: {
      badRequest: { title: '無法讀取表單', body: '送出的內容無法讀取（例如含有無效的文字字元）。內容尚未儲存。請重新開啟表單，再送出一次。' },
      tooLarge: { title: '報告太長', body: `送出的內容超出我們接受的大小，因此沒有儲存。描述最多 ${max} 個字元：請重新開啟表單，送出較短的文字。` },
      tooMany: { title: '請求過多', body: '我們目前收到的請求過多。內容尚未儲存。請幾分鐘後再試。' },
      unavailable: { title: '服務繁忙', body: '服務繁忙或暫時無法使用。內容尚未儲存。請幾分鐘後再試。' },
      serverError: { title: '我們這邊出了問題', body: '由於我們這邊的錯誤，您的報告未能儲存。請稍後再試。' },
    },
    errorNothingKept: '為了您的安全，本表單不會在瀏覽器中保留您填寫的任何內容，因此返回上一頁時表單可能是空的。',
    errorReference: '錯誤編號（不包含任何關於您的資訊）：',
    backToForm: '開啟報告表單',
  },
};

export interface IncidentTypeText {
  label: string;
  hint: string;
}

/** Chinese labels for the top-level incident types of data/seed/incident-types.json. */
const INCIDENT_TYPES_ZH: Record<'zh-Hans' | 'zh-Hant', Record<string, IncidentTypeText>> = {
  'zh-Hans': {
    overseas_police_station: { label: '海外警务服务站的联系或约谈', hint: '您或您认识的人通过海外警务服务站或其工作人员，被联系、约谈、登记、“教育”，或被安排与家乡警方视频通话。' },
    persuade_to_return: { label: '施压劝返', hint: '有人试图让您“自愿”回国：官员或中间人在海外直接接触，写信或打电话劝您回去，派人出境，诱骗您前往第三国，或押送您回国。' },
    coercion_by_proxy: { label: '通过亲友施压', hint: '您在家乡的亲属、朋友或生意伙伴被盘问、威胁、拘留或处罚（工作、执照、福利等），以此向身在海外的您施压。' },
    harassment: { label: '骚扰和恐吓', hint: '针对您的威胁、辱骂、当面对峙、抹黑或对活动的干扰，可能由他人代为实施，但没有造成身体伤害。' },
    surveillance: { label: '跟踪和监视', hint: '被跟踪、拍照、监视，姓名和证件被收集，或有同胞向当局汇报您的情况。' },
    digital_threat: { label: '网络威胁', hint: '在网上或聊天软件中遭到威胁、人肉搜索或辱骂；被黑客入侵、网络钓鱼、植入间谍软件、盗号或被冒充。' },
    physical_assault: { label: '暴力袭击', hint: '遭到身体攻击，或有人企图、策划伤害或杀害您。' },
    detention_or_rendition: { label: '拘留、驱逐或强制遣返', hint: '应原籍国要求在海外被逮捕或拘留、被驱逐出境、被提出引渡请求、被发国际刑警组织通报、被绑架或强制移送，或被通缉、悬赏。' },
    mobility_control: { label: '护照和证件管控', hint: '护照或身份证件被拒发、注销或没收，领事服务被拒绝，或被限制出境，使您滞留海外或被迫回国。' },
    other: { label: '其他', hint: '其他形式的跨国镇压，例如冻结资产等金融或法律手段。' },
  },
  'zh-Hant': {
    overseas_police_station: { label: '海外警務服務站的聯繫或約談', hint: '您或您認識的人透過海外警務服務站或其工作人員，被聯繫、約談、登記、「教育」，或被安排與家鄉警方視訊通話。' },
    persuade_to_return: { label: '施壓勸返', hint: '有人試圖讓您「自願」回國：官員或中間人在海外直接接觸，寫信或打電話勸您回去，派人出境，誘騙您前往第三國，或押送您回國。' },
    coercion_by_proxy: { label: '透過親友施壓', hint: '您在家鄉的親屬、朋友或生意夥伴遭盤問、威脅、拘留或處罰（工作、執照、福利等），藉此向身在海外的您施壓。' },
    harassment: { label: '騷擾與恐嚇', hint: '針對您的威脅、辱罵、當面對峙、抹黑或對活動的干擾，可能由他人代為進行，但沒有造成身體傷害。' },
    surveillance: { label: '跟蹤與監視', hint: '遭跟蹤、拍照、監視，姓名和證件被蒐集，或有同鄉向當局通報您的情況。' },
    digital_threat: { label: '網路威脅', hint: '在網路上或通訊軟體中遭到威脅、肉搜或辱罵；遭駭客入侵、網路釣魚、植入間諜軟體、帳號被盜或被冒名。' },
    physical_assault: { label: '暴力攻擊', hint: '遭到身體攻擊，或有人企圖、策劃傷害或殺害您。' },
    detention_or_rendition: { label: '拘留、驅逐或強制遣返', hint: '應原籍國要求在海外遭逮捕或拘留、被驅逐出境、被提出引渡請求、被發國際刑警組織通報、遭綁架或強制移送，或被通緝、懸賞。' },
    mobility_control: { label: '護照與證件管制', hint: '護照或身分證件遭拒發、註銷或沒收，領事服務遭拒，或被限制出境，使您滯留海外或被迫回國。' },
    other: { label: '其他', hint: '其他形式的跨國鎮壓，例如凍結資產等金融或法律手段。' },
  },
};

/** The top-level incident types, in seed order, with their label and hint in `language`. */
export function incidentTypeOptions(language: FormLanguage): Array<{ id: string } & IncidentTypeText> {
  return INCIDENT_TYPES.types.map((t) => {
    const text = language === 'en' ? undefined : INCIDENT_TYPES_ZH[language][t.id];
    return { id: t.id, label: text?.label ?? t.label, hint: text?.hint ?? t.definition };
  });
}

/** For the catalogue test: ids of the seed types lacking a label in `language`. */
export function missingIncidentTypeLabels(language: 'zh-Hans' | 'zh-Hant'): string[] {
  return INCIDENT_TYPES.types.map((t) => t.id).filter((id) => !INCIDENT_TYPES_ZH[language][id]);
}
