// Word pools for generated journals. Sentences are built from two halves so
// lengths and wording vary the way real entries do; nothing here is shown to
// users, it only has to look and weigh like a real journal.

export const SITUATIONS = [
  'They came home an hour later than they said',
  'Their phone lit up at dinner and they turned it face down',
  'A friend mentioned a party I had not heard about',
  'They were quiet all evening after the call with their sister',
  'I found the receipt from the restaurant in the car',
  'They forgot to text when the train was delayed',
  'We planned the weekend and they seemed distracted',
  'They said they were too tired to talk before bed',
  'An old message thread came up when I borrowed the laptop',
  'They laughed at a joke from a colleague I do not know',
];

export const SITUATION_TAILS = [
  '',
  ', and I felt my stomach drop.',
  ' while I was already worn out from work.',
  ', right after we had a good morning together.',
  ' and nobody explained why.',
  '. It reminded me of last spring.',
];

export const THOUGHTS = [
  'They are hiding something from me again',
  'I am not a priority for them any more',
  'If I ask, they will say I am being paranoid',
  'This is how it started last time',
  'They only say sorry to make me stop asking',
  'I will never be able to relax around them',
  'Everyone can see I was a fool to stay',
  'They would be happier with someone else',
];

export const THOUGHT_TAILS = ['', ', and nothing I do will change it', ' and I should have seen it coming', ', I just know it'];

export const EVIDENCE_FOR = [
  'They were late twice this month and the explanations were vague.',
  'They did hide things before, for almost a year.',
  'They changed the subject when I asked about the weekend.',
  'They have been on their phone more than usual lately.',
];

export const EVIDENCE_AGAINST = [
  'They showed me the messages without my asking and offered the calendar too.',
  'They have kept every check-in we agreed on for six weeks now.',
  'When I asked directly last time, they answered straight away and stayed to talk.',
  'They told me about the delay themselves, before I noticed anything.',
  'Our counsellor pointed out how much more open they have been since the summer.',
];

export const BALANCED = [
  'They have been doing the work, even if it is slow; one late evening is not the whole story.',
  'I am allowed to ask, and asking calmly has gone well the last few times.',
  'My fear is loud because of what happened, not because of what is happening today.',
  'Not knowing is uncomfortable, but it is not the same as being lied to.',
  'I can notice the worry, name it, and still give today a fair chance.',
];

export const PREDICTIONS = [
  'They will get defensive and we will end up arguing.',
  'They will brush it off and change the subject.',
  'They will be annoyed that I still need this.',
  'It will feel awkward and we will both go quiet.',
];

export const OUTCOMES = [
  'They listened and thanked me for saying it out loud.',
  'It was a little awkward at first, then we talked for an hour.',
  'They got quiet, but came back later and explained.',
  'I did not manage it today; I will try again at the weekend.',
  'We both cried a bit. It felt closer afterwards.',
  'They answered every question without a sigh.',
];

export const GRATITUDE = [
  'Made me coffee before I woke up',
  'Texted when the meeting ran late',
  'Picked up the kids without being asked',
  'Told me about the call with their ex straight away',
  'Held my hand on the walk home',
  'Left their phone on the table all evening',
  'Said sorry for snapping, and meant it',
  'Asked how my appointment went',
  'Planned a quiet evening for the two of us',
  'Listened without trying to fix anything',
];

export const JAR_ADD = [
  'Called when running late',
  'Kept the promise about Saturday',
  'Shared the password without being asked',
  'Came to the appointment on time',
  'Told the truth about the cost of the repair',
];

export const JAR_REMOVE = [
  'Missed dinner without a word',
  'Said they would call and did not',
  'Hid a message, then admitted it the next day',
];

export const NAMES = ['Sam', 'Alex', 'Robin', 'Jules', 'Kai', 'Noor', 'Mika', 'Ari'];
