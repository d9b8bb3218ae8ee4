// The review questions, shared by `trust review` and the start of `trust log`.
import { ANSWERS, type Answer, type LogEntry, type Profile } from '../domain/types.js';
import type { ReviewFields } from '../domain/entries.js';
import { compact } from '../domain/entries.js';
import type { Prompter } from '../ui/prompts.js';
import { sayQuestions } from '../ui/messages.js';
import { sayAnswer } from '../ui/messages-answer.js';

const answerChoices = (labels: Record<string, string>) => ANSWERS.map((a) => ({ value: a, name: labels[a] ?? a }));

/** Asks how an action went; undefined when the person wants to be asked later. */
export async function askReview(p: Prompter, action: LogEntry, profile: Profile, allowLater: boolean): Promise<ReviewFields | undefined> {
  const choices: { value: Answer | 'later'; name: string }[] = answerChoices(sayQuestions.doneChoices);
  if (allowLater) choices.push({ value: 'later', name: sayQuestions.later });
  const done = await p.select(sayQuestions.done, choices);
  if (done === 'later') return undefined;
  const outcome = await p.text(done === 'no' ? sayQuestions.outcomeNot : sayQuestions.outcome);
  const cameTrue = action.prediction && done !== 'no' ? await p.select(sayQuestions.cameTrue(action.prediction), answerChoices(sayQuestions.cameTrueChoices)) : undefined;
  const talked = await p.confirm(sayQuestions.talked(profile.partner ?? sayQuestions.yourPartner), false);
  const safety = await p.number(sayQuestions.safety, { min: 0, max: 10 });
  const beliefNow = action.thought ? await p.number(sayQuestions.beliefNow(action.thought), { min: 0, max: 100 }) : undefined;
  const learned = await p.text(sayAnswer.learned);
  return compact({ done, outcome, cameTrue, talked, safety, beliefNow, learned });
}
