#!/usr/bin/env node
// Writes data/sample-journal.json: four weeks (2026-10-24 to 2026-11-20) of
// someone rebuilding trust with their partner Sam after he hid an affair.
// Every entry goes through the real program (bin/trust.js: build first) with
// TRUST_NOW set to the evening it is about, as someone backfilling would do.
// The words and dates are fixed; only the entry ids differ between runs.
//
//   node scripts/build.mjs && node scripts/make-sample.mjs [out-file]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// One day: [date, thought record or null, checklist, gratitude]. A thought
// record: situation, thought, types, emotions, belief, evidence for, evidence
// against, traps, balanced thought, belief after, action, prediction, and the
// review: [days later, done, outcome, talked, safety, belief now, came true].
const GAP = 'gap';
const DAYS = [
  ['2026-10-24', {
    s: 'Sam came home an hour late and put his phone face down on the table', t: 'He is hiding something again',
    ty: 'emotional,informational', em: ['fear:80', 'anger:55'], b: 85,
    ef: 'He hid messages for months last year', ea: 'He texted at six that the train was stuck',
    tr: 'mind-reading,fortune-telling', bal: 'He was late because of the train, and he told me so before I asked', ba: 60,
    a: 'Ask him how his evening was, without accusing him', p: 'He will get defensive and we will fight',
    r: [1, 'yes', 'He told me about the delay and showed me the train app without being asked', true, 6, 50, 'no'],
  }, 'check-in', ['Texted me when the train stopped']],
  ['2026-10-25', null, 'check-in,follow-through', ['Made pancakes', 'Took my mother\'s call when I could not']],
  ['2026-10-26', {
    s: 'He mentioned lunch with a colleague I have never met', t: 'If I let my guard down I will be a fool twice',
    ty: 'self,emotional', em: ['fear:75', 'shame:60'], b: 80,
    ef: 'I trusted him completely last time and missed everything', ea: 'He told me about the lunch himself, and her name',
    tr: 'overgeneralisation,labelling', bal: 'Being careful is not the same as being a fool; I can trust step by step', ba: 65,
    a: 'Tell him one thing that worried me today', p: 'He will say I am being paranoid',
    r: [1, 'partly', 'I told him a little; he listened but I stopped halfway', false, 4, 60, 'partly'],
  }, 'check-in,boundaries', ['Asked how my day really was']],
  ['2026-10-27', {
    s: 'Saw a notification from an unknown number on his screen', t: 'It is her, it is starting again',
    ty: 'informational,emotional', em: ['panic:85', 'anger:50'], b: 90,
    ef: 'The affair started with messages from a number I did not know', ea: 'He has been open with his phone for weeks',
    tr: 'catastrophising,emotional-reasoning', bal: 'An unknown number is most likely a delivery or work; I can ask', ba: 55,
    a: 'Ask directly who it was, calmly', p: 'He will lie to me',
    r: [2, 'yes', 'It was the garage about the car; he showed me the message', true, 7, 40, 'no'],
  }, 'clear-up,check-in', ['Showed me the message without being asked twice']],
  ['2026-10-28', GAP],
  ['2026-10-29', {
    s: 'Friday plans with his friends came up', t: 'He will cheat again when he is out without me',
    ty: 'situational,instrumental', em: ['fear:70', 'sadness:40'], b: 75,
    ef: 'The affair happened on nights out', ea: 'He offered to be home by eleven and to text when he leaves',
    tr: 'fortune-telling,overgeneralisation', bal: 'He is going out with friends I know, and he made a plan to keep me in the loop', ba: 55,
    a: 'Agree on a check-in time together instead of saying no', p: 'He will forget to text',
    r: [2, 'yes', 'He texted at 22:40 and was home at 23:10', true, 7, 45, 'no'],
  }, 'boundaries,follow-through', ['Suggested the check-in time himself']],
  ['2026-10-30', {
    s: 'Quiet evening; he was on his laptop for an hour', t: 'He would rather be anywhere than with me',
    ty: 'emotional', em: ['loneliness:65', 'sadness:55'], b: 70,
    ef: 'He was quiet all evening', ea: 'He was finishing a report due tomorrow and said so',
    tr: 'personalisation,mind-reading', bal: 'Busy is not the same as distant; he told me why', ba: 45,
    a: 'Sit with him and read while he works', p: 'He will find it annoying',
    r: [1, 'yes', 'He reached for my hand between emails', false, 7, 35, 'no'],
  }, 'check-in,privacy', ['Made me tea while he worked', 'Closed the laptop at nine']],
  ['2026-10-31', {
    s: 'Halloween party at his friend\'s house, where she might be', t: 'Everyone there knows and is laughing at me',
    ty: 'situational,self', em: ['shame:75', 'fear:60'], b: 80,
    ef: 'Some of his friends knew before I did', ea: 'Two of them apologised to me and have been kind since',
    tr: 'mind-reading,all-or-nothing', bal: 'Some people knew; not everyone, and not everyone is against me', ba: 60,
    a: 'Tell him what I need at the party: stay near me at first', p: 'He will roll his eyes',
    r: [1, 'yes', 'He stayed beside me and checked in twice without me asking', true, 6, 45, 'no'],
  }, 'boundaries,check-in', ['Stayed by my side at the party']],
  ['2026-11-01', {
    s: 'Clocks went back; he slept in and I lay awake', t: 'I will never feel safe with him again',
    ty: 'emotional,physical', em: ['sadness:70', 'fear:50'], b: 75,
    ef: 'It has been months and I still wake up at night', ea: 'There are more calm days now than in the summer',
    tr: 'all-or-nothing,fortune-telling', bal: 'Safe is coming back slowly; never is too big a word', ba: 55,
    a: 'Tell him about the bad night instead of hiding it', p: 'He will feel blamed and withdraw',
    r: [1, 'yes', 'He said he was sorry I still carry it and asked what helps', true, 6, 45, 'no'],
  }, 'check-in', ['Let me sleep in after']],
  ['2026-11-02', {
    s: 'He forgot to buy the milk he promised', t: 'His promises mean nothing',
    ty: 'instrumental', em: ['anger:60', 'sadness:40'], b: 70,
    ef: 'He broke the biggest promise of all', ea: 'He has kept nearly every small promise for weeks',
    tr: 'overgeneralisation,mental-filter', bal: 'Forgetting milk is a slip, not a lie', ba: 40,
    a: 'Say calmly that it mattered to me', p: 'He will make excuses',
    r: [1, 'yes', 'He apologised without excuses and went out to get it', true, 7, 30, 'no'],
  }, 'clear-up,repair', ['Went back out for the milk']],
  ['2026-11-03', null, 'check-in,privacy', ['Sent a photo from his lunch walk']],
  ['2026-11-04', {
    s: 'He was texting and smiling', t: 'Someone else makes him happier than I do',
    ty: 'emotional', em: ['jealousy:70', 'fear:50'], b: 75,
    ef: 'He used to smile at her messages like that', ea: 'He turned the phone to show me his sister\'s baby photos',
    tr: 'mind-reading,emotional-reasoning', bal: 'Smiling at his phone is not a secret; I can just ask what is funny', ba: 45,
    a: 'Ask what made him smile', p: 'He will hide the screen',
    r: [2, 'yes', 'Baby photos from his sister; we looked at them together', true, 8, 30, 'no'],
  }, 'check-in,privacy', ['Showed me the baby photos', 'Booked the table for Saturday']],
  ['2026-11-05', {
    s: 'Our counselling appointment was moved', t: 'He moved it because he does not want to work on us',
    ty: 'instrumental,situational', em: ['anger:55', 'fear:45'], b: 65,
    ef: 'He cancelled things last year to see her', ea: 'The counsellor moved it, and he booked the next slot at once',
    tr: 'mind-reading,discounting-positive', bal: 'The change came from the counsellor; he acted quickly to keep it', ba: 35,
    a: 'Ask him to forward me the confirmation', p: 'He will be irritated that I check',
    r: [1, 'yes', 'He forwarded it straight away and added it to our calendar', false, 7, 30, 'no'],
  }, 'follow-through,clear-up', ['Booked the new session straight away']],
  ['2026-11-06', {
    s: 'Friday night alone while he was at his brother\'s', t: 'When he is away, I can\'t know anything',
    ty: 'situational,informational', em: ['anxiety:65'], b: 70,
    ef: 'I did not know anything last time', ea: 'He sent a photo from his brother\'s kitchen and called at ten',
    tr: 'all-or-nothing,catastrophising', bal: 'I can\'t know everything, and I do know a lot tonight', ba: 45,
    a: 'Spend the evening with a friend instead of waiting by the phone', p: 'I will spend the whole time checking my phone',
    r: [1, 'partly', 'I checked my phone a few times, less than I feared', false, 6, 40, 'partly'],
  }, 'boundaries', ['Called at ten like he said']],
  ['2026-11-07', {
    s: 'Dinner out at the place we used to go before', t: 'It can never be like it was',
    ty: 'emotional,self', em: ['grief:60', 'hope:30'], b: 65,
    ef: 'The old ease is gone', ea: 'We laughed twice tonight, really laughed',
    tr: 'all-or-nothing', bal: 'It may not be like before; it can still be good in a new way', ba: 40,
    a: 'Tell him one thing I enjoyed tonight', p: 'It will feel fake',
    r: [1, 'yes', 'It did not feel fake; he said he had missed that', true, 8, 30, 'no'],
  }, 'check-in,repair', ['Planned the whole evening', 'Held my coat', 'Put his phone in his pocket all night']],
  ['2026-11-08', null, 'check-in,follow-through,privacy', ['Cooked Sunday lunch', 'Fixed the shelf he promised to fix']],
  ['2026-11-09', {
    s: 'He worked late again', t: 'Late nights are how it started',
    ty: 'situational,informational', em: ['fear:60'], b: 65,
    ef: 'The affair began with late nights at work', ea: 'He told me this morning and sent a message when he left',
    tr: 'fortune-telling,overgeneralisation', bal: 'He is telling me ahead now; that is the difference', ba: 40,
    a: 'Thank him for telling me in advance', p: 'He will think I am being sarcastic',
    r: [1, 'yes', 'He looked relieved and said telling me feels easier now', true, 7, 30, 'no'],
  }, 'check-in,follow-through', ['Told me in the morning he would be late']],
  ['2026-11-10', {
    s: 'A song from that summer came on the radio', t: 'I am stupid for staying',
    ty: 'self', em: ['shame:70', 'sadness:60'], b: 70,
    ef: 'Some friends said they would have left', ea: 'I stayed because I chose to try, with open eyes',
    tr: 'labelling,should-statements', bal: 'Staying and trying is a choice, not stupidity', ba: 45,
    a: 'Tell him the song still hurts', p: 'He will get defensive',
    r: [1, 'yes', 'He said he understood and turned it off with me next time', true, 6, 40, 'no'],
  }, 'check-in', ['Turned the radio off and hugged me']],
  ['2026-11-11', {
    s: 'He wanted to go to the gym at the same time she used to', t: 'He is going there to see her',
    ty: 'informational,situational', em: ['jealousy:65', 'fear:55'], b: 70,
    ef: 'That gym is where they met', ea: 'He changed gyms in the spring and showed me the membership',
    tr: 'mind-reading,fortune-telling', bal: 'He goes to a different gym now; I can ask which one he means', ba: 40,
    a: 'Ask which gym he means', p: 'It will be the old gym',
    r: [1, 'yes', 'It was the new gym, and he offered to show me the app check-ins', true, 7, 30, 'no'],
  }, 'clear-up,privacy', ['Offered to show me the app without being asked']],
  ['2026-11-12', {
    s: 'I noticed I had not checked his phone for a week', t: 'If I stop watching, it will happen again',
    ty: 'self,informational', em: ['anxiety:55'], b: 60,
    ef: 'Last time I did not watch and it happened', ea: 'Watching did not stop it then; honesty is what changes things',
    tr: 'fortune-telling,emotional-reasoning', bal: 'Checking does not keep me safe; what he does openly does', ba: 35,
    a: 'Tell him I have stopped checking his phone', p: 'He will think everything is fine now',
    r: [1, 'yes', 'He thanked me and said he knows there is still a way to go', true, 8, 25, 'no'],
  }, 'privacy,boundaries', ['Said he knows it is still a process']],
  ['2026-11-13', {
    s: 'Friday the thirteenth joke at work about cheaters', t: 'Everyone can see it on me',
    ty: 'self,situational', em: ['shame:55'], b: 55,
    ef: 'I went red when they laughed', ea: 'Nobody at work knows; it was a general joke',
    tr: 'personalisation,mind-reading', bal: 'The joke was not about me; my reaction comes from the hurt', ba: 30,
    a: 'Tell Sam about the joke and how it felt', p: 'He will be hurt and go quiet',
    r: [1, 'partly', 'He went quiet at first, then said he was sorry I carry this', true, 5, 30, 'partly'],
  }, 'check-in,clear-up', ['Picked me up from work']],
  ['2026-11-14', {
    s: 'He suggested a weekend away', t: 'He wants to distract me so I stop asking questions',
    ty: 'emotional,instrumental', em: ['suspicion:55', 'hope:40'], b: 60,
    ef: 'He planned a trip right after the affair started', ea: 'He said I could choose the place and we can talk there',
    tr: 'mind-reading,discounting-positive', bal: 'A trip can be a gift, and I can still ask anything I need', ba: 35,
    a: 'Say yes, and tell him I may still have questions', p: 'He will be annoyed that questions are still coming',
    r: [1, 'yes', 'He said questions are welcome, any time', true, 8, 25, 'no'],
  }, 'check-in,follow-through,boundaries', ['Planned a weekend away', 'Let me pick the place']],
  ['2026-11-15', {
    s: 'His ex-colleague liked one of his photos', t: 'She is back in his life',
    ty: 'informational', em: ['fear:60', 'anger:40'], b: 65,
    ef: 'She used to like all his photos', ea: 'He blocked her in the spring and showed me; this is a different person',
    tr: 'catastrophising,mental-filter', bal: 'A like from someone else is not her coming back', ba: 40,
    a: 'Ask who it was instead of guessing', p: 'It will be her after all',
    r: [1, 'yes', 'It was someone from her team; he said he would remove her too, and did', true, 5, 40, 'partly'],
  }, 'clear-up,privacy', ['Removed the follower without me asking']],
  ['2026-11-16', {
    s: 'He was quiet at dinner', t: 'He is tired of me and my hurt',
    ty: 'emotional', em: ['sadness:55', 'fear:45'], b: 60,
    ef: 'We had a heavy talk yesterday', ea: 'He said his back hurts and he is worried about a deadline',
    tr: 'mind-reading,personalisation', bal: 'Quiet can be tired or worried; he told me which', ba: 30,
    a: 'Ask him if he is tired of our talks', p: 'He will say yes',
    r: [2, 'yes', 'He said yes, sometimes, and that he is not going anywhere', true, 4, 35, 'yes'],
  }, 'check-in,repair', ['Said he is not going anywhere']],
  ['2026-11-17', GAP],
  ['2026-11-18', {
    s: 'He said he had been tired of our talks', t: 'He will give up on us',
    ty: 'emotional,situational', em: ['fear:65', 'sadness:50'], b: 55,
    ef: 'He said he is tired sometimes', ea: 'He said in the same breath he is staying, and booked our next session',
    tr: 'fortune-telling,all-or-nothing', bal: 'Tired is human; he keeps showing up', ba: 30,
    a: 'Suggest one talk-free evening a week', p: 'He will take it as a way out',
    r: [1, 'yes', 'He liked the idea and suggested Thursdays', true, 7, 25, 'no'],
  }, 'check-in,boundaries,follow-through', ['Kept our Thursday evening free']],
  ['2026-11-19', {
    s: 'Old photos popped up as a memory on my phone', t: 'Everything back then was a lie',
    ty: 'self,emotional', em: ['grief:55', 'anger:35'], b: 50,
    ef: 'He was lying during part of that time', ea: 'Many of those moments were real for both of us',
    tr: 'all-or-nothing,mental-filter', bal: 'Some of it was a lie, not all of it', ba: 30,
    a: 'Show him one photo that still feels good', p: 'It will bring up the affair again',
    r: [2, 'yes', 'We looked at it together; it was bittersweet and close', true, 7, 25, 'no'],
  }, 'check-in,privacy', ['Remembered the name of the café in the photo']],
  ['2026-11-20', {
    s: 'Planning the weekend away', t: 'Something will go wrong on the trip',
    ty: 'situational', em: ['anxiety:45', 'hope:50'], b: 45,
    ef: 'Trips have been tense before', ea: 'The last few weekends went well',
    tr: 'fortune-telling', bal: 'It might be a little tense and still be good', ba: 25,
    a: 'Tell him I am looking forward to it', p: 'Saying it will jinx it', r: null,
  }, 'check-in,follow-through', ['Packed my bag too', 'Checked the trains twice']],
];

// Marbles for the jar: [date, change, what happened].
const MARBLES = [
  ['2026-10-27', 'add', 'Showed me the garage message straight away'],
  ['2026-10-31', 'add', 'Stayed by my side at the party'],
  ['2026-11-05', 'remove', 'Forgot to tell me he would be home late'],
  ['2026-11-07', 'add', 'Phone away all through dinner'],
  ['2026-11-14', 'add', 'Planned the weekend away'],
  ['2026-11-15', 'add', 'Removed the follower without being asked'],
  ['2026-11-18', 'add', 'Kept our Thursday evening free'],
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.argv[2] ?? join(root, 'data', 'sample-journal.json'));
const bin = join(root, 'bin', 'trust.js');
// Written in a scratch folder (the program keeps backups beside the file), then copied.
const scratch = mkdtempSync(join(tmpdir(), 'trust-sample-'));
const file = join(scratch, 'journal.json');
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: scratch, TZ: 'UTC', LANG: 'C.UTF-8', NO_COLOR: '1' };

/** Runs trust at a given moment and returns its stdout. */
function trust(now, args) {
  const r = spawnSync(process.execPath, [bin, '--file', file, ...args], { env: { ...env, TRUST_NOW: now }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`trust ${args.join(' ')} failed (${r.status}): ${r.stderr.trim()}`);
  return r.stdout.trim();
}

const flag = (name, value) => (value === undefined || value === null ? [] : [`--${name}`, String(value)]);
const many = (name, values = []) => values.flatMap((v) => [`--${name}`, v]);

function logArgs(date, t, checklist, gratitude) {
  const thought = t
    ? [
        ...flag('situation', t.s), ...flag('thought', t.t), ...flag('type', t.ty), ...many('emotion', t.em),
        ...flag('belief', t.b), ...flag('evidence-for', t.ef), ...flag('evidence-against', t.ea), ...flag('trap', t.tr),
        ...flag('balanced', t.bal), ...flag('belief-after', t.ba), ...flag('action', t.a), ...flag('prediction', t.p),
      ]
    : [];
  return ['log', '--date', date, ...thought, ...flag('checklist', checklist), ...many('gratitude', gratitude)];
}

function reviewArgs(id, [, done, outcome, talked, safety, beliefNow, cameTrue]) {
  return ['review', id, '--done', done, ...flag('outcome', outcome), talked ? '--talked' : '--no-talked',
    ...flag('safety', safety), ...flag('belief-now', beliefNow), ...flag('came-true', cameTrue)];
}

const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

trust('2026-10-24T08:00:00', ['init', '--name', 'Alex', '--role', 'hurt', '--partner', 'Sam']);
const pending = [];
for (const [date, t, checklist, gratitude] of DAYS) {
  // Earlier actions are looked back on first, as `trust log` offers in the evening.
  for (const p of pending.filter((x) => x.on === date)) trust(`${date}T20:30:00`, reviewArgs(p.id, p.review));
  for (const [day, change, text] of MARBLES.filter(([d]) => d === date)) trust(`${date}T20:45:00`, ['jar', change, text, '--date', day]);
  if (t === GAP) continue;
  const id = trust(`${date}T21:00:00`, logArgs(date, t, checklist, gratitude));
  if (t?.r) pending.push({ id, on: addDays(date, t.r[0]), review: t.r });
}

copyFileSync(file, target);
rmSync(scratch, { recursive: true, force: true });
const count = JSON.parse(readFileSync(target, 'utf8')).entries.length;
console.log(`wrote ${target}: ${count} entries`);
