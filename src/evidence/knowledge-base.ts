import type { KnowledgeBaseInput, Reference } from './schema';

/*
 * The evidence knowledge base, written from ../../shared/evidence/evidence-notes.md (the research
 * notes). Facts and citations come from the notes; the wording is our own. Numbers are the notes'
 * numbers; a detail the notes could not check is marked "Not independently verified".
 *
 * Read it through ./index.ts, which parses it once through the schema.
 */

// ---------------------------------------------------------------------------------------------
// References, defined once and shared by the topics that cite them.
// ---------------------------------------------------------------------------------------------

// Trials of mats.

const hohmann2012: Reference = {
  authors: 'Hohmann C, Ullrich I, Lauche R, et al.',
  year: 2012,
  title:
    'The benefit of a mechanical needle stimulation pad in patients with chronic neck and lower back pain: two randomized controlled pilot studies',
  journal: 'Evidence-Based Complementary and Alternative Medicine',
  design: 'Two randomized pilot trials, mat for 14 days against a waiting list',
  participants: 82,
  url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3446809/',
  doi: '10.1155/2012/753583',
  pmid: '22997531',
  kind: 'mat',
  note: 'Two separate trials: 40 people with neck pain and 42 with low back pain. Use lasted 14 days, not 14 weeks.',
};

const saha2016: Reference = {
  authors: 'Saha FJ, et al.',
  year: 2016,
  title:
    'Effects of a mechanical acupressure needle stimulation pad on chronic low back pain – prospective, single-armed trial',
  journal: 'European Journal of Integrative Medicine',
  design: 'Single-arm open trial, daily use for 2 weeks, follow-up at weeks 2 and 14',
  participants: 91,
  url: 'https://opus.lib.uts.edu.au/handle/10453/49955',
  kind: 'mat',
  note: 'No comparison group. Registered as NCT02487368, which planned 166 participants.',
};

const frizziero2021: Reference = {
  authors: 'Frizziero A, Finotti P, La Scala C, Morone G, Piran G, Masiero S',
  year: 2021,
  title:
    'Efficacy of an acupressure mat in association with therapeutic exercise in the management of chronic low back pain: a prospective randomized controlled study',
  journal: 'Applied Sciences',
  design: 'Randomized trial: exercise for everyone, plus a mat 60 minutes a day in one group',
  participants: 44,
  url: 'https://doi.org/10.3390/app11115211',
  doi: '10.3390/app11115211',
  kind: 'mat',
  note: 'No sham and no blinding; the mat was added to exercise, so its own share of the effect is hard to isolate.',
};

const kjellgren2011: Reference = {
  authors: 'Kjellgren A, Erdefelt K, Werngren L, Norlander T',
  year: 2011,
  title: 'Does relaxation on a bed of nails (spike mat) induce beneficial effects? A randomized controlled pilot study',
  journal: 'Alternative Medicine Studies',
  design: 'Randomized pilot trial, mat 15 minutes a day for 3 weeks against a control group',
  participants: 36,
  url: 'https://pagepress.org/journals/ams/article/view/2344',
  doi: '10.4081/ams.2011.e5',
  kind: 'mat',
  note: 'People with back or neck muscle-tension pain. 36 randomized; a press release reports 35 analysed. No maker funding.',
};

const olsson2011: Reference = {
  authors: 'Olsson E, von Schéele B',
  year: 2011,
  title:
    'Relaxing on a bed of nails: an exploratory study of the effects on the autonomic, cardiovascular, and respiratory systems, and saliva cortisol',
  journal: 'Journal of Alternative and Complementary Medicine',
  design: 'Exploratory crossover study: four conditions in random order, single sessions',
  participants: 32,
  url: 'https://pubmed.ncbi.nlm.nih.gov/21208128/',
  doi: '10.1089/acm.2010.0135',
  pmid: '21208128',
  kind: 'mat',
  note: 'Healthy adults.',
};

const kisker2023: Reference = {
  authors: 'Kisker J, Schöne B',
  year: 2023,
  title:
    'Regular use of acupressure mats reduces perceived stress at subjective but not psychophysiological levels: insights from a three-week relaxation training',
  journal: 'Applied Psychology: Health and Well-Being',
  design: 'Controlled trial: three weeks of relaxing on a mat or without any tool (active control)',
  url: 'https://biomed.reviewer.ly/app/publication/233c6248-39fa-48e1-990b-d463e779f066',
  kind: 'mat',
  note: 'Healthy young students new to mats. Press reports give about 100 participants: not independently verified. Link is an abstract mirror.',
};

// Other forms of acupressure, and reviews of them.

const chenWang2014: Reference = {
  authors: 'Chen YW, Wang HH',
  year: 2014,
  title: 'The effectiveness of acupressure on relieving pain: a systematic review',
  journal: 'Pain Management Nursing',
  design: 'Systematic review of 15 studies (1996–2011) of finger or hand acupressure',
  doi: '10.1016/j.pmn.2012.12.005',
  pmid: '23415783',
  kind: 'review',
  note: 'Not about mats. The included trials varied in quality.',
};

const leeFrazier2011: Reference = {
  authors: 'Lee EJ, Frazier SK',
  year: 2011,
  title: 'The efficacy of acupressure for symptom management: a systematic review',
  journal: 'Journal of Pain and Symptom Management',
  design: 'Systematic review of point acupressure for nausea, pain, breathlessness, fatigue and sleep',
  doi: '10.1016/j.jpainsymman.2011.01.007',
  kind: 'review',
  note: 'Not about mats.',
};

const liT2021: Reference = {
  authors: 'Li T, et al.',
  year: 2021,
  title: 'Clinical efficacy and safety of acupressure on low back pain: a systematic review and meta-analysis',
  journal: 'Evidence-Based Complementary and Alternative Medicine',
  design: 'Systematic review and meta-analysis of 23 randomized trials of manual acupressure',
  kind: 'review',
  note: 'Not about mats. Results not independently verified.',
};

const armour2019: Reference = {
  authors: 'Armour M, Smith CA, Steel KA, Macmillan F',
  year: 2019,
  title:
    'The effectiveness of self-care and lifestyle interventions in primary dysmenorrhea: a systematic review and meta-analysis',
  journal: 'BMC Complementary and Alternative Medicine',
  design: 'Systematic review and meta-analysis of 23 trials of self-care for period pain',
  participants: 2302,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6337810',
  kind: 'review',
  note: 'Point self-acupressure, not mats. Less effective than painkillers; risk of bias often unclear.',
};

const abedian2015: Reference = {
  authors: 'Abedian Z, Eskandari L, Abdi H, Ebrahimzadeh S',
  year: 2015,
  title: 'The effect of acupressure on sleep quality in menopausal women: a randomized control trial',
  journal: 'Iranian Journal of Medical Sciences',
  design: 'Randomized trial: 4 weeks of point self-acupressure against sham and no treatment',
  participants: 120,
  url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4487458/',
  pmid: '26170519',
  kind: 'other-acupressure',
  note: 'Not about mats. 120 women enrolled; 37, 36 and 32 reported in the three groups.',
};

const cavusogluGun2024: Reference = {
  authors: 'Çavuşoğlu E, Gün M',
  year: 2024,
  title: 'The effect of self-acupressure on sleep quality and fatigue in nurses',
  journal: 'Holistic Nursing Practice',
  design: 'Sham-controlled trial of finger self-acupressure for 4 weeks',
  participants: 64,
  doi: '10.1097/HNP.0000000000000668',
  kind: 'other-acupressure',
  note: 'Not about mats.',
};

const au2015: Reference = {
  authors: 'Au DWH, Tsang HWH, Ling PPM, Leung CHT, Ip PK, Cheung WM',
  year: 2015,
  title: 'Effects of acupressure on anxiety: a systematic review and meta-analysis',
  journal: 'Acupuncture in Medicine',
  design: 'Meta-analysis: 39 studies screened, 7 randomized trials reviewed, 5 pooled',
  url: 'https://aim.bmj.com/content/33/5/353.short',
  doi: '10.1136/acupmed-2014-010720',
  pmid: '26002571',
  kind: 'review',
  note: 'Finger pressure on points, for anxiety before a medical procedure. Not about mats.',
};

const mcfadden2012: Reference = {
  authors: 'McFadden KL, Healy KM, Hoversten KP, Ito TA, Hernández TD',
  year: 2012,
  title: 'Efficacy of acupressure for non-pharmacological stress reduction in college students',
  journal: 'Complementary Therapies in Medicine',
  design: 'Randomized trial: one 40-minute session of real acupressure, placebo acupressure or a relaxation CD',
  participants: 109,
  pmid: '22579428',
  kind: 'other-acupressure',
  note: 'All three groups were less stressed afterwards, with no difference between them.',
};

const peng2024: Reference = {
  authors: 'Peng Z, et al.',
  year: 2024,
  title: 'Acupressure: a possible therapeutic strategy for anxiety related to COVID-19: a meta-analysis of RCTs',
  journal: 'Frontiers in Medicine',
  design: 'Meta-analysis of randomized trials of manual acupressure',
  doi: '10.3389/fmed.2024.1341072',
  kind: 'review',
  note: 'About anxiety only; it does not address COVID-19 itself. Not about mats.',
};

const hsiehLL2010: Reference = {
  authors: 'Hsieh LL, Liou HH, Lee LH, Chen TH, Yen AM',
  year: 2010,
  title: 'Effect of acupressure and trigger points in treating headache: a randomized controlled trial',
  journal: 'American Journal of Chinese Medicine',
  design: 'Randomized trial comparing a month of acupressure from a practitioner with a muscle-relaxant drug',
  participants: 28,
  doi: '10.1142/S0192415X10007634',
  pmid: '20128040',
  kind: 'other-acupressure',
  note: 'Small, no sham group. Not about mats.',
};

const liX2007: Reference = {
  authors: 'Li X, Hirokawa M, Inoue Y, Sugano N, Qian S, Iwai T',
  year: 2007,
  title: 'Effects of acupressure on lower limb blood flow for the treatment of peripheral arterial occlusive diseases',
  journal: 'Surgery Today',
  design: 'Controlled study: finger pressure on four points of the leg for 3 minutes (24 people) or no pressure (6)',
  participants: 30,
  doi: '10.1007/s00595-006-3347-x',
  kind: 'other-acupressure',
  note: 'Apparently not randomized; only effects during pressure were measured. Not about mats.',
};

const linGH2016: Reference = {
  authors: 'Lin GH, Chang WC, Chen KJ, Tsai CC, Hu SY, Chen LL',
  year: 2016,
  title:
    'Effectiveness of acupressure on the Taichong acupoint in lowering blood pressure in patients with hypertension: a randomized clinical trial',
  journal: 'Evidence-Based Complementary and Alternative Medicine',
  design: 'Randomized trial: one session pressing the LR3 point, compared with a sham point',
  participants: 80,
  doi: '10.1155/2016/1549658',
  pmid: '27803727',
  kind: 'other-acupressure',
  note: 'Effect measured up to 30 minutes after the session; long-term effect unknown. Not about mats.',
};

const lan2015: Reference = {
  authors: 'Lan SC, Lin YE, Chen SC, Lin YF, Wang YJ',
  year: 2015,
  title:
    'Effects of acupressure on fatigue and depression in hepatocellular carcinoma patients treated with transcatheter arterial chemoembolization: a quasi-experimental study',
  journal: 'Evidence-Based Complementary and Alternative Medicine',
  design: 'Non-randomized (quasi-experimental) study of point acupressure in hospital patients',
  url: 'http://www.hindawi.com/journals/ecam/2015/496485/',
  kind: 'other-acupressure',
  note: 'Not about mats. Number of participants not independently verified.',
};

const yeh2017: Reference = {
  authors: 'Yeh TL, Chen HH, Pai TP, et al.',
  year: 2017,
  title:
    'The effect of auricular acupoint stimulation in overweight and obese adults: a systematic review and meta-analysis of RCTs',
  journal: 'Evidence-Based Complementary and Alternative Medicine',
  design: 'Meta-analysis of ear-point stimulation: 18 randomized trials reviewed, 13 pooled',
  url: 'https://www.hindawi.com/journals/ecam/2017/3080547/',
  kind: 'review',
  note: 'Pooled weight difference roughly 1.2 kg; results varied widely between trials (I² = 88%). Not about mats.',
};

const yeo2014: Reference = {
  authors: 'Yeo S, Kim KS, Lim S',
  year: 2014,
  title: 'Randomised clinical trial of five ear acupuncture points for the treatment of overweight people',
  journal: 'Acupuncture in Medicine',
  design: 'Randomized trial of ear acupuncture with needles left in place',
  participants: 91,
  doi: '10.1136/acupmed-2013-010435',
  kind: 'other-acupressure',
  note: 'Acupuncture, not acupressure. 58 of 91 analysed at 8 weeks. Published online in December 2013.',
};

const hsiehCH2013: Reference = {
  authors: 'Hsieh CH, Chuang PY, Chen LH, Wang HW',
  year: 2013,
  title: 'Short term acupressure therapy on weight-reduction in adolescence: a randomized controlled trial',
  journal: 'Health',
  design: 'Randomized trial of ear acupressure with seeds for 4 weeks',
  participants: 68,
  doi: '10.4236/health.2013.58A3011',
  kind: 'other-acupressure',
  note: '57 of 68 completed; BMI fell by about 0.8. Not about mats.',
};

const zhang2023: Reference = {
  authors: 'Zhang H, et al.',
  year: 2023,
  journal: 'Sexual Medicine',
  design: 'Review of 7 randomized trials of acupuncture',
  kind: 'review',
  note: 'Acupuncture with needles, not acupressure or mats; the evidence is of low quality. Title not recorded.',
};

const abbott2015: Reference = {
  authors: 'Abbott R, Ayres I, Hui E, Hui KK',
  year: 2015,
  title: 'Effect of perineal self-acupressure on constipation: a randomized controlled trial',
  journal: 'Journal of General Internal Medicine',
  design: 'Randomized trial: 4 weeks of perineal self-pressure plus standard advice, against advice alone',
  participants: 100,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4371012',
  doi: '10.1007/s11606-014-3084-6',
  pmid: '25403522',
  kind: 'other-acupressure',
  note: 'Not blinded. Not about mats.',
};

const wangPM2019: Reference = {
  authors: 'Wang PM, et al.',
  year: 2019,
  title: 'Effect of acupressure on constipation in patients with advanced cancer',
  journal: 'Supportive Care in Cancer',
  design: 'Non-randomized study: 3 days of abdominal point acupressure in hospice patients',
  participants: 30,
  doi: '10.1007/s00520-019-4655-1',
  kind: 'other-acupressure',
  note: 'Not about mats.',
};

const macznik2017: Reference = {
  authors: 'Mącznik AK, Schneiders AG, Athens J, Sullivan SJ',
  year: 2017,
  title:
    'Does acupressure hit the mark? A three-arm randomized placebo-controlled trial of acupressure for pain and anxiety relief in athletes with acute musculoskeletal sports injuries',
  journal: 'Clinical Journal of Sport Medicine',
  design: 'Three-arm randomized trial: 3 minutes of pressure at LI4, a sham point, or no treatment',
  participants: 79,
  doi: '10.1097/JSM.0000000000000378',
  kind: 'other-acupressure',
  note: 'University of Otago; registered as ACTRN12611001204932. Pain measured straight after treatment only. Not about mats.',
};

// Regulators and industry material.

const asaUkDirectShop2017: Reference = {
  authors: 'UK Advertising Standards Authority',
  year: 2017,
  title: 'Ruling on UK Direct Shop Ltd (copper insoles)',
  design: 'Advertising ruling',
  url: 'https://www.asa.org.uk/rulings/uk-direct-shop-ltd-a17-397283.html',
  kind: 'regulator',
  note: 'About a different product. Lists of skin, wrinkle, circulation and sexual-function benefits were found unsubstantiated.',
};

const asaMannion2017: Reference = {
  authors: 'UK Advertising Standards Authority',
  year: 2017,
  title: 'Ruling on Eileen Mannion Acupuncture',
  design: 'Advertising ruling',
  url: 'https://asa.org.uk/rulings/eileen-mannion-acupuncture-a17-387447.html',
  kind: 'regulator',
  note: 'Shows the regulator accepting only narrow, short-term claims for acupuncture, such as tension headache or chronic low back pain.',
};

const asaSeaBand2013: Reference = {
  authors: 'UK Advertising Standards Authority',
  year: 2013,
  title: 'Ruling on Sea-Band Ltd (acupressure wristbands)',
  design: 'Advertising ruling',
  url: 'https://www.asa.org.uk/Rulings/Adjudications/2013/6/Sea_Band-Ltd/SHP_ADJ_197943.aspx',
  kind: 'regulator',
  note: 'Complaint about wristband claims upheld.',
};

const asaChums2016: Reference = {
  authors: 'UK Advertising Standards Authority',
  year: 2016,
  title: 'Ruling on Chums Ltd (Instalife acupressure pad)',
  design: 'Advertising ruling on pain claims',
  url: 'https://www.asa.org.uk/Rulings/Adjudications/2016/5/Chums-Ltd/SHP_ADJ_323353.aspx',
  kind: 'regulator',
  note: 'One of two issues was upheld; which one is not independently verified.',
};

const userSurvey1999: Reference = {
  authors: 'Zilberter and Roman',
  year: 1999,
  journal: 'Symposium presentation (not peer-reviewed)',
  design: 'Questionnaire of mat users at a community health centre, with no control group',
  participants: 126,
  url: 'http://www.acupressure-mat.co.uk/acupressuremathistory.php',
  kind: 'industry',
  note: 'Source of the "98% pain relief, 94% better sleep, 81% more energy" figures. About 200 users were asked in 1995–97 and 126 replied. Link is a seller page.',
};

/**
 * Every reference by its stable id (its const name here): what a recognised citation on a page
 * names (`scan --json` `citations[].reference`, src/evidence/reference-facts.ts keys).
 */
export const referencesById: Readonly<Record<string, Reference>> = {
  hohmann2012,
  saha2016,
  frizziero2021,
  kjellgren2011,
  olsson2011,
  kisker2023,
  chenWang2014,
  leeFrazier2011,
  liT2021,
  armour2019,
  abedian2015,
  cavusogluGun2024,
  au2015,
  mcfadden2012,
  peng2024,
  hsiehLL2010,
  liX2007,
  linGH2016,
  lan2015,
  yeh2017,
  yeo2014,
  hsiehCH2013,
  zhang2023,
  abbott2015,
  wangPM2019,
  macznik2017,
  asaUkDirectShop2017,
  asaMannion2017,
  asaSeaBand2013,
  asaChums2016,
  userSurvey1999,
};

// ---------------------------------------------------------------------------------------------
// The knowledge base.
// ---------------------------------------------------------------------------------------------

const NO_MAT_TRIAL = 'No trial of mats has looked at this.';

/** The raw knowledge base. Import `knowledgeBase` from ./index.ts instead: that one is validated. */
export const knowledgeBaseData: KnowledgeBaseInput = {
  version: '1.0.0',
  date: '2026-11-21',

  topics: [
    {
      id: 'pain',
      title: 'General and chronic pain',
      status: 'preliminary',
      verdict:
        'Mat data come almost only from back, neck and muscle-tension pain; wider pain claims lean on finger-pressure studies.',
      summary:
        'No mat trial has studied pain in general, or chronic pain outside the back and neck. ' +
        'The mat trials that exist were small and unblinded, and the relief they found was partial or short-lived. ' +
        'Reviews reporting that acupressure eases pain looked at pressing chosen points by hand, which is a different practice.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Mat trials have enrolled only people with back, neck or muscle-tension pain (see those topics). ' +
        'Pain scores fell on some measures during or soon after use, but the largest study saw no lasting change at 14 weeks. ' +
        'No trial of mats has looked at other kinds of pain, such as period pain or headache.',
      otherFormsNote:
        'A 2014 review of 15 studies (Chen & Wang) judged finger or hand acupressure helpful for several kinds of pain, though the trials varied in quality. ' +
        'A 2019 meta-analysis of self-care for period pain (23 trials, 2,302 women) found self-acupressure moderately better than nothing and weaker than painkillers. ' +
        'None of these used mats, though the Chen & Wang review is often presented as mat evidence.',
      cannotShow: [
        'That mats ease pain anywhere other than the back and neck',
        'That results from pressing single points carry over to a mat, which presses many spots at once',
        'Relief that lasts for months',
      ],
      references: [
        hohmann2012,
        kjellgren2011,
        chenWang2014,
        leeFrazier2011,
        liT2021,
        armour2019,
        asaChums2016,
        userSurvey1999,
      ],
    },
    {
      id: 'back-neck',
      title: 'Back and neck pain',
      status: 'mixed',
      verdict: 'The most studied use of mats: small trials without a placebo point both ways, and relief may not last.',
      summary:
        'Four small studies of mats, with 36 to 91 people each, enrolled people with back or neck pain. ' +
        'Two short pilot trials, and one trial that added a mat to exercise, reported lower pain than in their comparison groups. ' +
        'The largest study had no comparison group; pain dropped right after each session but was not significantly lower at 2 or 14 weeks.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Hohmann 2012: in two pilot trials (40 people with neck pain, 42 with low back pain), 14 days of daily use cut pain ratings more than a waiting list did; neck disability improved, back disability did not. ' +
        'Saha 2016: in 91 people with low back pain, pain eased straight after sessions, yet overall pain intensity showed no significant change at weeks 2 and 14; disability scores improved slightly. ' +
        'Frizziero 2021: all 44 people exercised and improved on several pain and disability scales, but only those who also lay on a mat for an hour a day improved significantly on the VAS pain scale. ' +
        'Kjellgren 2011: in 36 people with back or neck muscle-tension pain, 3 weeks of use lowered only the worst-pain score.',
      otherFormsNote:
        'Reviews of pressing points by hand include low back pain among other conditions (Chen & Wang 2014; Li 2021). ' +
        'They did not test mats; even so, Chen & Wang 2014 is often cited by sellers as if it had.',
      cannotShow: [
        'Whether a mat beats a placebo: no trial had a sham mat or blinding',
        'Whether relief lasts: the only 14-week follow-up found no lasting change in pain',
        'How much of the gain is due to the mat rather than exercise, rest or expectation',
        'Results in people the trials left out, such as those with fractures or recent spine surgery',
      ],
      references: [hohmann2012, saha2016, frizziero2021, kjellgren2011, chenWang2014, liT2021],
    },
    {
      id: 'muscle-tension',
      title: 'Muscle tension',
      status: 'preliminary',
      verdict: 'One small pilot trial: only the worst-pain score improved; everyday tension pain did not.',
      summary:
        'Only one randomized trial of mats has enrolled people with muscle-tension pain: 36 people over 3 weeks. ' +
        'Their peak pain went down, but usual pain, stress and sleep stayed the same. ' +
        'A later trial in healthy students found that relaxing without a mat eased stress as much as relaxing on one.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Kjellgren 2011: 15 minutes a day for 3 weeks lowered the worst-pain rating only; usual pain did not move, and the questionnaires did not match the enthusiasm participants voiced. ' +
        'Kisker & Schöne 2023: three weeks of relaxing on a mat brought no more benefit than relaxing without one; the authors suggest a mat-specific effect, if any, may be limited to complaints such as tension pain.',
      cannotShow: [
        'Whether the drop in peak pain is more than placebo or the effect of lying still',
        'Any change in usual, day-to-day tension pain',
        'What happens after 3 weeks of use',
      ],
      references: [kjellgren2011, kisker2023],
    },
    {
      id: 'sleep',
      title: 'Sleep and insomnia',
      status: 'preliminary',
      verdict:
        'In the two mat trials that measured sleep, mat users slept no better than the comparison group; the positive sleep trials used finger pressure on points.',
      summary:
        'Two trials of mats asked about sleep quality. ' +
        'In one, sleep did not change; in the other, it improved just as much in people who relaxed without a mat. ' +
        'The trials that did report better sleep taught people to press specific points with their fingers, which is not what a mat does.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Kjellgren 2011 (36 people, 3 weeks): sleep quality did not change. ' +
        'Kisker & Schöne 2023 (healthy students, 3 weeks): sleep quality rose by the same amount in the mat group and in the group that relaxed with no mat. ' +
        'Neither trial found a sleep gain that could be put down to the mat.',
      otherFormsNote:
        'Abedian 2015 (120 women around menopause enrolled) and Çavuşoğlu & Gün 2024 (64 nurses) reported better sleep scores after 4 weeks of pressing points by hand, compared with sham. ' +
        'A 2024 meta-analysis of point acupressure for sleep around menopause (8 trials, 499 women) also found a benefit, but the trials disagreed strongly with each other. ' +
        'Sellers often cite the Abedian study as if it showed that mats help sleep.',
      cannotShow: [
        'That a mat improves sleep more than resting without one',
        'Any sleep change measured by something other than self-report',
        'Effects in people diagnosed with insomnia or other sleep disorders',
      ],
      references: [kjellgren2011, kisker2023, abedian2015, cavusogluGun2024],
    },
    {
      id: 'stress-anxiety',
      title: 'Stress, anxiety and mood',
      status: 'short-term',
      verdict:
        'Lying on a mat feels relaxing, but no more than resting without one; no effect on anxiety or depression was found.',
      summary:
        'People in the studies felt relaxed on the mat, and their stress ratings fell over three weeks of use. ' +
        'Yet people who rested without a mat reported the same gains. ' +
        'Body measures such as cortisol, heart rate and blood pressure showed no lasting change, and a trial in people with pain found no effect on anxiety or depression.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Olsson & von Schéele 2011 (32 healthy adults, single sessions): relaxation ratings went up in every condition, mat or no mat; saliva cortisol did not differ. ' +
        'Kisker & Schöne 2023: after three weeks, perceived stress and well-being improved equally with and without a mat, while blood pressure and heart rate stayed the same. ' +
        'Kjellgren 2011 (36 people): anxiety, depression and stress did not change.',
      otherFormsNote:
        'A 2015 meta-analysis (Au and colleagues) pooled 5 small trials of finger pressure on points such as Yintang and HT7, all about anxiety before a medical procedure. ' +
        'It is often quoted as covering 39 studies, but 39 were only screened. ' +
        'In McFadden 2012 (109 students), real acupressure, placebo acupressure and a relaxation CD lowered stress about equally. None of these tested mats.',
      cannotShow: [
        'That the mat adds anything to time spent resting',
        'Effects that last after a session ends',
        'Any effect on anxiety disorders or depression',
      ],
      references: [olsson2011, kisker2023, kjellgren2011, au2015, mcfadden2012, peng2024],
    },
    {
      id: 'headache',
      title: 'Headache and migraine',
      status: 'very-early',
      verdict: 'No mat study of headache exists; the one trial found used hands-on acupressure in 28 people.',
      summary:
        'No study of mats for headache or migraine was found. ' +
        'One small trial compared a month of acupressure from a practitioner with a muscle-relaxant drug in 28 people with chronic headache, and pain was lower with acupressure. ' +
        'It had no sham group, and pressure from a trained hand is not the same as lying on a mat.',
      evidenceSource: 'other-acupressure',
      matFindings: NO_MAT_TRIAL,
      otherFormsNote:
        'Hsieh 2010: among 28 people with chronic headache, those given practitioner acupressure for a month had less pain than those given a muscle relaxant, at both 1 and 6 months. ' +
        'A review of finger acupressure for pain (Chen & Wang 2014) also includes chronic headache. Neither tested mats.',
      cannotShow: [
        'Any effect of mats on headache or migraine',
        'Whether the hands-on result would hold against a sham treatment',
        'Whether it would repeat in a larger group',
      ],
      references: [hsiehLL2010, chenWang2014],
    },
    {
      id: 'fibromyalgia',
      title: 'Fibromyalgia',
      status: 'inconclusive',
      verdict: 'No study of mats in people with fibromyalgia was found.',
      summary:
        'The research search turned up no trial of mats in fibromyalgia. ' +
        'Some product pages list it as a use without citing any data. ' +
        'A 2010 complaint to the UK advertising regulator challenged a mat advert that mentioned fibromyalgia among other conditions; the outcome could not be found.',
      evidenceSource: 'none',
      matFindings: NO_MAT_TRIAL,
      cannotShow: [
        'Any effect of mats on fibromyalgia pain, fatigue or sleep',
        'How people with fibromyalgia tolerate lying on spikes',
      ],
      references: [],
    },
    {
      id: 'hormones',
      title: 'Endorphins, cortisol and other hormones',
      status: 'no-evidence',
      verdict: 'No mat study measured endorphins or oxytocin, and the stress hormone cortisol did not change.',
      summary:
        'Claims that mats release endorphins, oxytocin or other feel-good chemicals are not backed by any measurement. ' +
        'The one mat study that tested cortisol in saliva found no difference on the mat. ' +
        'Heart-rhythm measures shifted during a single session, but heart rate and blood pressure were unchanged after three weeks. ' +
        'The idea that skin stimulation switches on hormone pathways is a hypothesis from an unreviewed survey report, not a finding.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Olsson & von Schéele 2011 (32 healthy adults): saliva cortisol was the same with and without the mat; in that single session heart rate slowed and one heart-rate-variability measure rose, while blood pressure went up. ' +
        'Kisker & Schöne 2023: heart rate and blood pressure did not change after three weeks. ' +
        'No trial of mats has measured endorphins, oxytocin, serotonin or dopamine.',
      cannotShow: [
        'Any release of endorphins, oxytocin, serotonin or dopamine',
        'A lasting change in stress hormones or in the nervous system',
      ],
      references: [olsson2011, kisker2023],
    },
    {
      id: 'circulation',
      title: 'Circulation and blood flow',
      status: 'very-early',
      verdict:
        'One single-session study saw signs of more blood flow in the skin of the back; no health effect was shown.',
      summary:
        'In one session with healthy volunteers, the skin of the back showed signs of better blood flow while people lay on a mat. ' +
        'That is a local effect under the spikes, measured once, with no health outcome attached. ' +
        'A study that reported better leg blood flow used finger pressure, not a mat.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Olsson & von Schéele 2011 (32 healthy adults): signs of increased circulation in the skin of the back during a session. ' +
        'No trial of mats has measured circulation over weeks, or in people with circulation problems.',
      otherFormsNote:
        'Li 2007: 30 people with narrowed leg arteries; 24 had 3 minutes of finger pressure on leg points and 6 had none. Oxygen levels in the skin rose while the pressure lasted. ' +
        'The groups were tiny and unequal, and only immediate effects were measured. Sellers often cite this study for mats.',
      cannotShow: [
        'Any lasting or whole-body change in circulation',
        'Benefit for people with poor circulation, a group often warned to be careful with mats',
      ],
      references: [olsson2011, liX2007],
    },
    {
      id: 'blood-pressure',
      title: 'Blood pressure',
      status: 'not-for-mats',
      verdict:
        'Blood pressure rose while lying on a mat and did not change after 3 weeks; the lowering effect comes from a point-pressure trial.',
      summary:
        'In the mat studies that measured it, blood pressure went up during a session and was unchanged after three weeks of use. ' +
        'The trial usually cited for lowering blood pressure gave people with hypertension one session of pressure on a single point, compared with a sham point. ' +
        'Its effect was followed for only 30 minutes.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Olsson & von Schéele 2011 (32 healthy adults): lying on the mat raised blood pressure compared with lying without it. ' +
        'Kisker & Schöne 2023: no change in blood pressure after three weeks of use. ' +
        'No trial of mats has enrolled people with high blood pressure.',
      otherFormsNote:
        'Lin 2016: 80 outpatients with hypertension had one session of pressure on the Taichong (LR3) point or on a sham point. Blood pressure was lower for up to 30 minutes with the real point; the long-term effect is unknown. ' +
        'Sellers often present this trial as evidence for mats.',
      cannotShow: ['That mats lower blood pressure at all', 'Any long-term effect, even from point pressure'],
      references: [olsson2011, kisker2023, linGH2016],
    },
    {
      id: 'energy',
      title: 'Energy and fatigue',
      status: 'not-for-mats',
      verdict:
        'The only controlled mat trial that measured energy saw no change; fatigue results come from point pressure in cancer patients.',
      summary:
        'The only mat trial with a comparison group that measured energy found no effect. ' +
        'A vitality score moved in another mat study, but that study had no comparison group. ' +
        'Hospital patients with liver cancer who were given point acupressure reported less fatigue, in a study that was not randomized.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Kjellgren 2011 (36 people, 3 weeks): no effect on energy. ' +
        'Saha 2016 (91 people): the SF-36 vitality score changed, but with no comparison group the change cannot be credited to the mat. ' +
        'The "81% more energy" figure comes from an uncontrolled user survey from the 1990s.',
      otherFormsNote:
        'Lan 2015: patients with liver cancer treated by chemoembolization who received point acupressure in hospital reported less fatigue; depression did not differ. ' +
        'The study was not randomized, and it did not test mats.',
      cannotShow: [
        'That mats raise energy or reduce fatigue compared with doing nothing',
        'Whether point-pressure results in cancer patients apply to healthy people, or to mats',
      ],
      references: [kjellgren2011, saha2016, lan2015, userSurvey1999],
    },
    {
      id: 'weight',
      title: 'Weight loss and metabolism',
      status: 'not-for-mats',
      verdict:
        'No mat study exists; ear-point studies show small, inconsistent weight changes, and nothing at all covers metabolism.',
      summary:
        'No study of mats and body weight was found, and no form of acupressure has data on "boosting metabolism". ' +
        'Studies that stimulate points on the ear, with seeds or needles, report weight losses of around a kilogram, and their results vary a lot.',
      evidenceSource: 'other-acupressure',
      matFindings: NO_MAT_TRIAL,
      otherFormsNote:
        'A 2017 meta-analysis of ear-point stimulation (18 trials reviewed, 13 pooled) found an average difference of about 1.2 kg, with high variation between trials (I² = 88%). ' +
        'Yeo 2014 used ear acupuncture with needles (91 randomized, 58 analysed at 8 weeks). ' +
        'Hsieh 2013 pressed seeds on ear points in teenagers for 4 weeks (68 recruited, 57 completed) and saw BMI fall by about 0.8. ' +
        'Sellers sometimes cite ear studies like these as if they were about mats.',
      cannotShow: [
        'Any effect of mats on weight, body fat or BMI',
        'Any effect on metabolism, from any kind of acupressure',
        'Whether the small ear-point effects last',
      ],
      references: [yeh2017, yeo2014, hsiehCH2013],
    },
    {
      id: 'digestion',
      title: 'Digestion and constipation',
      status: 'not-for-mats',
      verdict:
        'No mat study; the evidence is self-pressure on the perineum in one trial and a small study in cancer patients.',
      summary:
        'No study of mats and digestion was found. ' +
        'One randomized trial taught people with constipation to press on the perineum and reported better bowel function and quality of life, but participants knew which group they were in. ' +
        'A small non-randomized study gave abdominal point acupressure to patients with advanced cancer.',
      evidenceSource: 'other-acupressure',
      matFindings: NO_MAT_TRIAL,
      otherFormsNote:
        'Abbott 2015: 100 people with functional constipation; 4 weeks of perineal self-pressure plus standard advice did better than advice alone on bowel-function and quality-of-life scores. It was not blinded. ' +
        'Wang 2019: 30 hospice patients had 3 days of abdominal point pressure, without randomization. ' +
        'The Abbott trial in particular is sometimes quoted as mat evidence.',
      cannotShow: [
        'Any effect of mats on digestion, bloating or constipation',
        'Whether the perineal result holds up when people cannot tell which group they are in',
      ],
      references: [abbott2015, wangPM2019],
    },
    {
      id: 'skin',
      title: 'Skin, complexion and cellulite',
      status: 'no-evidence',
      verdict: 'No study of any kind was found on mats and skin, complexion or cellulite.',
      summary:
        'No research, on mats or any other form of acupressure, was found on complexion, wrinkles or cellulite. ' +
        'Benefit lists that include better skin give no citation for it. ' +
        'The UK advertising regulator has judged a similar list of skin and wrinkle benefits for another product, copper insoles, to be unsubstantiated.',
      evidenceSource: 'none',
      matFindings: NO_MAT_TRIAL,
      cannotShow: [
        'Any effect of mats on complexion, wrinkles or cellulite',
        'Any such effect from other forms of acupressure',
      ],
      references: [asaUkDirectShop2017],
    },
    {
      id: 'sexual-health',
      title: 'Sexual performance and libido',
      status: 'no-evidence',
      verdict: 'No mat or acupressure trial was found; the acupuncture studies that exist are of low quality.',
      summary:
        'No study of mats, or of pressure on points, was found for sexual performance, libido or erectile function. ' +
        'Research on acupuncture for premature ejaculation or erection problems exists, but it is of low quality, and needles are a different treatment from a mat. ' +
        'A journal article sometimes linked to this claim could not be found.',
      evidenceSource: 'other-acupressure',
      matFindings: NO_MAT_TRIAL,
      otherFormsNote:
        'The acupuncture research, such as a 2023 review of 7 randomized trials (Zhang and colleagues), is weak and does not carry over to mats.',
      cannotShow: [
        'Any effect of mats on sexual performance, libido or erections',
        'Any effect of acupressure on these',
      ],
      references: [zhang2023],
    },
    {
      id: 'immunity-detox',
      title: 'Immunity and detox',
      status: 'no-evidence',
      verdict: 'No study was found on mats and immunity, detox or lymph flow.',
      summary:
        'No research, on mats or on acupressure in general, was found on the immune system, "toxins" or lymphatic drainage. ' +
        'Product texts that promise a stronger immune system or a detox effect cite no data. ' +
        'The claims also describe no measurable mechanism, so there is nothing specific a study could test.',
      evidenceSource: 'none',
      matFindings: NO_MAT_TRIAL,
      cannotShow: ['Any effect on immunity, inflammation or lymph flow', 'Removal of any named toxin'],
      references: [],
    },
    {
      id: 'recovery',
      title: 'Sports injuries and recovery',
      status: 'not-for-mats',
      verdict:
        'No mat study; one trial of 3 minutes of finger pressure after a fresh sports injury found a small, immediate drop in pain.',
      summary:
        'No study of mats for sports injuries, workout recovery or muscle soreness after exercise was found. ' +
        'One trial pressed a single point for three minutes in athletes injured that day. ' +
        'Pain was slightly lower right afterwards, anxiety did not change, and nothing was measured later.',
      evidenceSource: 'other-acupressure',
      matFindings: NO_MAT_TRIAL,
      otherFormsNote:
        'Mącznik 2017 (University of Otago): 79 athletes with a same-day injury had 3 minutes of pressure at LI4, at a sham point, or no treatment. ' +
        'Straight after treatment, pain scores were roughly 9–11 mm lower on a 0–100 mm scale; later pain was not measured. ' +
        'Sellers often cite this trial as if it concerned mats; blog claims about soreness after exercise cite nothing.',
      cannotShow: [
        'Any effect of mats on recovery or muscle soreness after exercise',
        'Whether the small drop in pain lasted beyond the moment it was measured',
      ],
      references: [macznik2017],
    },
    {
      id: 'disease',
      title: 'Curing or treating disease',
      status: 'no-evidence',
      verdict: 'No study found that mats treat or cure any disease.',
      summary:
        'No mat study has measured any disease outcome, whether cancer, diabetes, arthritis or COVID-19. ' +
        'Acupressure studies in cancer patients looked at symptoms such as fatigue or constipation, not the illness, and COVID-era reviews covered anxiety only. ' +
        'Diabetes appears among the cautions for mats, not among their tested uses.',
      evidenceSource: 'none',
      matFindings: NO_MAT_TRIAL,
      otherFormsNote:
        'Point acupressure has been studied for symptoms in people with cancer (fatigue in Lan 2015, constipation in Wang 2019), and a 2024 meta-analysis looked at anxiety linked to COVID-19. ' +
        'None tested whether acupressure treats a disease. ' +
        'For acupuncture, the UK advertising regulator has allowed only a few limited, short-term claims; it also upheld a complaint about claims for acupressure wristbands.',
      cannotShow: ['That mats cure, treat or prevent any disease', 'That they can stand in for medical treatment'],
      references: [lan2015, wangPM2019, peng2024, asaMannion2017, asaSeaBand2013],
    },
    {
      id: 'safety',
      title: 'Safety claims',
      status: 'no-evidence',
      verdict:
        'Claims of no side effects, or of safety for everyone, are contradicted: nearly 1 in 10 had problems in the largest mat study, and many groups were never tested.',
      summary:
        'In the largest mat study, 8 of 91 people stopped because the mat hurt too much and one more had brief itching and redness: close to 10% in all. ' +
        'Another study describes pain on first contact that is worst within about half a minute and then fades, and blood pressure that rose during use. ' +
        'Trials left out pregnant women and people with skin disease, bleeding problems or on blood thinners, so safety in those groups has not been studied.',
      evidenceSource: 'mat-trials',
      matFindings:
        'Saha 2016: 8 of 91 people stopped because of pain and 1 had short-lived itching and redness; the authors put adverse reactions at nearly 10%. ' +
        'Olsson & von Schéele 2011: pain was worst in roughly the first 30 seconds, then eased; blood pressure rose on the mat. ' +
        'Kjellgren 2011 saw no harms in 36 people but pointed out that risks had not yet been studied.',
      cannotShow: [
        'That mats are safe during pregnancy',
        'Safety for people with skin conditions, bleeding problems, diabetes or nerve damage',
        'How often bruising, light-headedness or broken skin occur; trials did not count them',
      ],
      references: [saha2016, olsson2011, kjellgren2011],
    },
  ],

  limitations: [
    {
      title: 'Very few mat studies',
      detail:
        'Only about six studies have tested mats themselves (Hohmann 2012, Saha 2016, Kjellgren 2011, Olsson 2011, Kisker & Schöne 2023 and Frizziero 2021), each with roughly 32 to 91 people.',
    },
    {
      title: 'No real placebo',
      detail:
        'Nobody can be fooled about lying on spikes, so participants always knew their group. Comparisons were waiting lists, usual care, exercise alone or rest without a mat; against an active relaxation group (Kisker 2023), the mat added nothing.',
    },
    {
      title: 'Self-reported results',
      detail:
        'Most outcomes were pain scales and questionnaires filled in by people who knew what they were using, which invites expectation effects. Measured outcomes such as blood pressure, heart rate, cortisol and pain thresholds mostly showed no change or mixed results.',
    },
    {
      title: 'Short use, short follow-up',
      detail:
        'Most trials lasted 2 to 3 weeks. The only 14-week follow-up found no lasting pain change, and just one trial, where the mat was added to exercise, ran for 6 months.',
    },
    {
      title: 'Narrow groups of people',
      detail:
        'Trials enrolled people with back or neck pain, or healthy students. Results say nothing direct about sleep disorders, high blood pressure, fibromyalgia or diabetes.',
    },
    {
      title: 'Many people excluded',
      detail:
        'Trials left out pregnant women and people with skin disease, bleeding tendencies or on blood thinners, so nothing is known about safety in those groups.',
    },
    {
      title: 'Other acupressure is not mat evidence',
      detail:
        'Most studies showing that acupressure works used targeted pressure on chosen points by hand. A mat presses large areas of skin at once without aiming at points, so those results cannot simply be transferred.',
    },
    {
      title: 'Industry data and grey literature',
      detail:
        'Several widely repeated figures come from maker surveys, app studies or conference abstracts that were never peer-reviewed.',
    },
    {
      title: 'Inconsistent reviews of other acupressure',
      detail:
        'Meta-analyses of point acupressure show large differences between trials (I² from 75% to 94%), and many trials come from single centres with an unclear risk of bias.',
    },
    {
      title: 'Regression to the mean',
      detail:
        'Chronic pain goes up and down on its own, so very high scores tend to drift back toward average. Without a control group (as in Saha 2016), that drift cannot be told apart from an effect of the mat.',
    },
  ],

  safety: {
    avoidOrAsk: [
      {
        group: 'Pregnancy',
        why: 'Pregnant women were excluded from the largest mat trial and most makers advise against use, so there are no safety data.',
        basis: 'trial-exclusion',
        source: 'NCT02487368 exclusions (Saha 2016); makers\u2019 lists; acupuncturist advice in press coverage',
      },
      {
        group:
          'Skin disease, wounds or infection where the mat touches (eczema, psoriasis, sunburn, warts, large moles)',
        why: 'Spikes press on the skin, and trials excluded people with skin disease in the treated area.',
        basis: 'trial-exclusion',
        source: 'NCT02487368 exclusions; makers\u2019 lists',
      },
      {
        group: 'Bleeding tendency or blood-thinning medicine',
        why: 'The largest mat trial excluded people prone to bleeding or recently put on anticoagulants, and makers list it too.',
        basis: 'trial-exclusion',
        source: 'NCT02487368 exclusions; makers\u2019 lists',
      },
      {
        group: 'Steroid (corticosteroid) treatment',
        why: 'Steroid treatment can leave skin fragile, and the largest mat trial excluded people taking it.',
        basis: 'trial-exclusion',
        source: 'NCT02487368 exclusions',
      },
      {
        group: 'Thin or fragile skin, diabetes, poor circulation',
        why: 'Health sites warn of a higher risk of wounds or infection from the spikes.',
        basis: 'health-site',
        source: 'Medical News Today and Healthline-style guidance',
      },
      {
        group: 'Peripheral neuropathy or reduced feeling in the skin',
        why: 'Someone who cannot feel the spikes well may not notice an injury. No study covers this; it is reasoned from the diabetes and circulation guidance.',
        basis: 'precautionary',
        source: 'No direct source',
      },
      {
        group: 'Thrombosis, phlebitis or varicose veins',
        why: 'Listed by makers; no trial data.',
        basis: 'manufacturer',
        source: 'Makers\u2019 lists',
      },
      {
        group: 'Heart disease or a pacemaker',
        why: 'Makers suggest asking a doctor first. Plain plastic mats have no electrical parts, so the pacemaker caution appears to be precautionary.',
        basis: 'manufacturer',
        source: 'Makers\u2019 lists; a Shakti retailer FAQ',
      },
      {
        group: 'Epilepsy',
        why: 'Listed by makers without a stated reason or data.',
        basis: 'manufacturer',
        source: 'Makers\u2019 lists',
      },
      {
        group: 'Low or high blood pressure, or a tendency to faint',
        why: 'Listed by makers and health sites; blood pressure rose on the mat in a study of healthy adults (Olsson 2011).',
        basis: 'manufacturer',
        source: 'Makers\u2019 lists; health-site guidance',
      },
      {
        group: 'Fever or acute illness',
        why: 'Listed by a maker; no trial data.',
        basis: 'manufacturer',
        source: 'A maker\u2019s list',
      },
      {
        group: 'Fractures, recent spinal surgery, spinal deformity, or back pain caused by cancer',
        why: 'Excluded from the low back pain trials, so results and safety do not apply.',
        basis: 'trial-exclusion',
        source: 'NCT02487368 exclusions',
      },
      {
        group: 'Children and infants',
        why: 'Health-site guidance urges caution; one retailer FAQ says children enjoy mats, which contradicts it. No mat study included children.',
        basis: 'health-site',
        source: 'Healthline-style guidance; a Shakti retailer FAQ',
      },
      {
        group: 'Severe mental illness',
        why: 'Excluded from the largest mat trial, so nothing is known for this group.',
        basis: 'trial-exclusion',
        source: 'NCT02487368 exclusions',
      },
    ],
    sideEffects: [
      'About 9% stopped because the mat hurt too much (8 of 91 in Saha 2016).',
      'One person of 91 had brief itching and skin redness (Saha 2016); the authors put adverse reactions at nearly 10% overall.',
      'Lying down on the spikes hurt at first; the pain was strongest within about 30 seconds and then eased (Olsson 2011, 32 healthy adults).',
      'Blood pressure rose while healthy adults lay on the mat (Olsson 2011).',
      'No harms were seen among 36 people in Kjellgren 2011, though the authors noted risks had not been studied.',
      'Red, dimpled marks on the skin that fade are widely reported. Bruising, light-headedness and broken skin are mentioned by sellers and health sites, but no trial counted them.',
    ],
    note:
      'Most cautions come from makers\u2019 leaflets and from the groups trials chose to exclude, not from studies of harm. ' +
      'Safety in those excluded groups has simply not been studied, so claims of "no side effects" or "safe for everyone" go beyond the evidence.',
  },

  sellerEvidenceWarnings: [
    {
      title: 'Survey figures such as "98% pain relief" and "94% better sleep"',
      detail:
        'From a mid-1990s questionnaire at a North Carolina community health centre: about 200 users were asked and 126 answered. There was no comparison group, those who answered chose to, and it was never peer-reviewed.',
    },
    {
      title: '"82 patients over 14 weeks"',
      detail:
        'A misreading of Hohmann 2012, which was two separate pilot trials (40 and 42 people) with 14 days of mat use. The 14-week figure belongs to a different, uncontrolled study.',
    },
    {
      title: '"Pain reduced by up to 36%"',
      detail: 'Attributed to Hohmann 2012 by a brand manager in a 2020 magazine article. Not independently verified.',
    },
    {
      title: 'Merged or invented citations',
      detail:
        'Some pages cite a "Swedish RCT, 2012, n=82, 98% pain relief" or a "German RCT, 2018, n=100". These look like blends of Kjellgren 2011, Hohmann 2012 and the 1990s survey, and cannot be relied on.',
    },
    {
      title: 'Other acupressure presented as mat evidence',
      detail:
        'Studies of finger, ear or wristband acupressure did not test mats. Examples: Li 2007, Chen & Wang 2014, Abbott 2015, Au 2015, Abedian 2015, Mącznik 2017, Lin 2016, and the ear-point weight studies.',
    },
    {
      title: 'Abstracts about other devices',
      detail:
        'Conference abstracts from makers of other products, such as a metal-needle rug tested on 80 medical students, are posted on seller sites and were not peer-reviewed.',
    },
    {
      title: 'Maker-run app study',
      detail:
        'A 6-week study by a mat maker and an app company (120 participants, three groups) is described on the maker\u2019s blog; no peer-reviewed paper was found.',
    },
  ],
};
