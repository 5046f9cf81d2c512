/**
 * Name vocabularies for Latin-script text. Lists are lower case. They anchor a run of
 * capitalised words as a person's name; they are not the only way a name is found (titles
 * and phrases such as "my name is" find names outside these lists).
 */

/** Chinese surnames in Hanyu Pinyin, Wade–Giles (Taiwan) and Cantonese (Hong Kong, Macau) spellings. */
export const CHINESE_SURNAMES_LATIN = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao jin fu zhong cui tan fan liao shi jia xia bai zou meng xiong qin qiu hou xue yan duan lei long tao gu mao hao gong shao wan qian dai mo kong xiang kang shi niu ge xing an qi qiao pang ni zhuang nie zhai yin zhan ou geng guan lan jiao zuo gan zhu bao ning shang shu ruan ke ji mei tong ling bi pei huo tu miao sheng qu weng ran lan you xin jin meng fang rao mu nong zhuo gu jian mai lou dou qi cen jing fei bu leng yan xi mi bai zong qu gui tong zang min gou wu bian bian ji chou luan sui shang diao sha rong kou sang lang zhen cong zhong ao gong she chi ma yuan chi kuang feng tan kuang ju hui jing le yu xu ban chu li yan chu yan lao chen xi pi su lin lou man wen li yi tong hao hu kan quan shuai tu dou pu lian lian yu jing zu qi ba feng qing di jin rui hu chao que pu ge fu lu bo di yong gu yang qiu qi xiu tai he hang kuang su xian lu long ru mu ji zhan bin rong mao jie yu tan yi zan xing feng heng yao ' +
    'ouyang sima shangguan zhuge dongfang huangfu yuchi gongsun murong zhangsun yuwen situ linghu xiahou duanmu dugu nangong ximen xuanyuan huyan ' +
    // Wade–Giles and Taiwanese spellings
    'chang hsu hsieh tsai chiang kuo chou chu lai yeh chien hsiao tseng tsao kao lo hung chiu shih teng ko chuang hsueh tsou chin tu chung hsiung pai kung chao wong lee yeo lim tan ong goh ng koh teo chua oei ' +
    // Cantonese spellings
    'chan leung cheung lau yeung lam tsang chow chau fung kwok mak yip tse kwan tam choi law siu au yuen hui poon tsui shum sze mok wan tong kwong lui leong fong cheuk tsoi ngai yau hon ho kam kan keung ling mui to yue kei lok chiu wai'
  ).split(' '),
);

/** Syllables of Cantonese and Wade–Giles given names not already in Hanyu Pinyin. */
export const LATIN_GIVEN_SYLLABLES = new Set(
  (
    'ka ho lok man wai ming kin yan chi kit fai hung kwan yee ling mei siu tak wing yiu chun cheuk hang tung shing sze pui kei hoi kwok lai wah yuk ying suet tsz hin chak long nok on sum yin fung kam keung kong yau tai chung kai wan ngai hei hok nga oi sin tin ting yung yeung chiu choi fan hou lun kiu shan yat tze tsun wun sheung tsang hsin hsiu hsiang hsien chih chieh chien chuan chun chung hsuan hsueh jung kuei kuo lung mou pao pei po te tsai tsui tzu wen ying yueh hsiao hsia hsi hsieh hsing hsiung chia chiang chiao chien chih chin ching chiu chou chu chuang chui jen jih jo ju juan jui jun kuang kuai kuan kun kung lieh lien lo pai pan pang pen peng pi piao pieh pien pin ping pu shih shou shuang shui shun shuo ssu szu ta tan tang tao teng ti tiao tieh tien tiu to tou tsa tsan tsang tsao tse tsen tseng tso tsou tsu tsuan tsun tsung tu tuan tui tun wei weng wo yeh yen yu yueh'
  ).split(' '),
);

/** Common given names in English-speaking, European and diaspora usage. */
export const GIVEN_NAMES_LATIN = new Set(
  (
    'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis dan danny tom tim ben sam max alex nick mike jim bob ted fred ian colin neil simon martin oliver harry charlie leo oscar lucas hugo felix victor stefan marco luca giovanni francesco pierre jean luc michel hans klaus jurgen lars sven erik anders pedro carlos luis miguel diego pablo javier antonio manuel ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori jane lucy chloe sophie ella mia zoe lily ivy iris rose daisy fiona claire julia sofia elena natasha olga irina anastasia ' +
    // Romanised Chinese personal (English) names common in Hong Kong and Taiwan
    'vincent kelvin winnie ivan eddie jacky tony kenny alvin calvin raymond wilson nelson gordon stanley sammy tommy joey coco fanny peggy kitty candy cherry cindy mandy wendy sandy tiffany vivian yvonne agnes gigi jolin'
  ).split(' '),
);

/** Frequent Uyghur and Kazakh given names (also used as family names, patronymic style). */
export const UYGHUR_NAMES = new Set(
  (
    'abdukerim abdurehim abdulla abdullah abdurahman abduweli ablikim ablimit ablet abliz adil adiljan aziz akbar alim alimjan anwar arslan ayshem aynur aysha bahtiyar dilnur dilshat dolkun ekber ekpar elijan ehmet enver erkin ershidin gulbahar gulchehra gulnar gulnisa gulzira gulmira gulshan hasan hesen huseyin ilham ilshat ismail kamil kamiljan kurban qurban mahmut mehmet memet memtimin mihrigul muhammad muhemmet mukhtar mutellip nurmemet nurbiye nurgul nursimangul obul omer osman patigul perhat qeyser rahile rahima rahman rashid reyhan rishat rizwangul rozi ruqiye rushan sabit salih sajide shohret sulayman tahir tursun tursunay turghun ubul umar uyghun yasin yusup yunus zahir zulhumar zumrat zumret abbas isa tohti heyit tursunjan jewlan sidiq dawut gheni abdushukur nijat zeynep'
  ).split(' '),
);

/** Frequent Tibetan given names (Tibetans usually have two given names and no family name). */
export const TIBETAN_NAMES = new Set(
  (
    'tenzin tashi lobsang dorje dolma dolkar pema sonam dawa nyima jampa karma ngawang tsering lhamo yeshe phuntsok gyatso wangmo choedon chodon kalsang kelsang namgyal rinchen dhondup dhondub palden chodron thupten thubten gyaltsen norbu wangchuk lhakpa samdup tsultrim lhundup jigme tsewang tsomo drolma kunga gonpo dechen yangchen kyi sangay sangye ngodup tamding tenpa tsundue choephel losang gendun jamyang topgyal ugyen urgyen pasang migmar penpa chime passang'
  ).split(' '),
);

/** Capitalised words that begin sentences or name things other than people. */
export const NOT_NAME_WORDS = new Set(
  (
    'i me my we our you your he him his she her they them their it its this that these those the a an and or but if then when while after before because since during until so yet also however therefore meanwhile later earlier today yesterday tomorrow tonight now then there here where what who whom whose which why how yes no not please thanks thank dear hello hi regards best sincerely ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december spring summer autumn winter christmas easter ramadan eid ' +
    'mr mrs ms miss mx dr prof sir madam officer inspector sergeant agent director chief captain comrade uncle aunt auntie brother sister father mother dad mum mom son daughter husband wife cousin friend colleague neighbour neighbor grandma grandpa grandmother grandfather ' +
    'police station bureau ministry department office embassy consulate association federation council committee party government state security public national people peoples republic university college school church temple mosque hospital court prison camp centre center company group bank street road avenue lane drive district province city county town village square building hotel restaurant airport ' +
    'chinese china english american british canadian french german italian spanish dutch uyghur uighur tibetan mongolian cantonese mandarin taiwanese hongkonger asian european african ' +
    'wechat weibo qq telegram signal whatsapp facebook twitter instagram youtube tiktok douyin google gmail apple android iphone zoom skype line ' +
    'ok okay sorry hey yeah well oh ah um new old north south east west central upper lower great greater saint st mount lake river sea ocean island islands ' +
    'passport id card phone email address number plate date birth born visa permit report case incident note update unit flat apt apartment suite floor room ' +
    'fox hunt sky net operation overseas service united front work'
  ).split(' '),
);

/** Titles and roles that introduce a person's name (the title itself stays visible). */
export const LATIN_TITLES = new Set(
  'mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. professor officer inspector sergeant sgt sgt. constable detective agent director captain capt capt. comrade uncle auntie aunt madam madame sir lawyer attorney judge secretary chairman chairwoman consul ambassador'.split(' '),
);

/** Romanised place names whose words are also name syllables ("Hong Kong", "Wan Chai"). */
export const PLACE_NAMES_LATIN = new Set(
  [
    'hong kong', 'wan chai', 'sha tin', 'tai po', 'kwun tong', 'mong kok', 'tsim sha tsui', 'sheung shui', 'tuen mun', 'yuen long', 'tai koo', 'sai kung', 'kwai chung', 'tsuen wan', 'tung chung', 'ma on shan', 'lai chi kok', 'sham shui po', 'ho man tin', 'kowloon tong', 'wong tai sin', 'chai wan', 'siu sai wan', 'ap lei chau', 'lam tin', 'tai wai',
    'xi an', 'hang zhou', 'fu zhou', 'guang zhou', 'shen zhen', 'bei jing', 'shang hai', 'nan jing', 'wen zhou', 'chang le', 'fu qing', 'lian jiang', 'ping tan', 'qing tian', 'tai zhou', 'xia men', 'quan zhou', 'san ming', 'nan chang', 'gao xiong', 'tai bei', 'tai nan', 'tai chung', 'hsin chu', 'kao hsiung', 'tai pei',
    'xin jiang', 'nan ping', 'long yan', 'zhang zhou', 'pu tian', 'ning de', 'jin jiang', 'shi shi', 'hui an', 'an xi', 'yong chun', 'de hua', 'ma wei', 'gu lou', 'cang shan', 'tai jiang', 'jin an', 'min hou', 'luo yuan', 'min qing', 'yong tai',
    'kuala lumpur', 'phnom penh', 'chiang mai', 'ho chi minh', 'da nang', 'lhasa', 'shi gatse', 'ka shgar', 'sai gon', 'tai o', 'lan tau', 'lam ma', 'cheung chau', 'po lin', 'kai tak', 'sun yat sen', 'tin shui wai', 'kam tin', 'fan ling', 'ma wan', 'lo wu', 'sai ying pun', 'so kon po', 'ho man', 'to kwa wan', 'kwun tong road',
  ],
);
