// The words for every domain refusal (domain/problems.ts): one sentence per
// kind of problem. The sentences themselves stay with their areas' words.
import { sayEdit } from './messages-edit.js';
import type { Problem } from '../domain/problems.js';
import { say } from './messages.js';
import { sayEdges } from './messages-edges.js';
import { sayExercise, sayJar } from './messages-practice.js';
import { sayRecovery } from './messages-recovery.js';
import { sayRemind } from './messages-remind.js';
import { sayReport } from './messages-report.js';

export function problemText(p: Problem): string {
  switch (p.kind) {
    case 'bad-rating': return say.badRating(p.flag, p.value, p.max);
    case 'bad-choice': return say.badChoice(p.flag, p.value, p.allowed);
    case 'bad-date': return say.badDate(p.flag, p.value);
    case 'date-out-of-reach': return sayEdges.dateOutOfReach(p.flag, p.value, p.first, p.last);
    case 'future-date': return say.futureDate(p.flag, p.value, p.today);
    case 'bad-feeling': return say.badEmotion(p.value, p.flag);
    case 'id-too-short': return say.idTooShort(p.ref, p.min);
    case 'no-such-entry': return say.noSuchEntry(p.ref);
    case 'ambiguous-id': return say.ambiguousId(p.ref, p.matches);
    case 'nothing-to-log': return say.nothingToLog;
    case 'rating-without': return say.rateWithout(p.flag, p.needs);
    case 'too-much-gratitude': return say.tooMuchGratitude(p.max);
    case 'not-an-action': return say.notAnAction(p.id);
    case 'already-reviewed': return say.alreadyReviewed(p.id);
    case 'no-prediction': return say.noPrediction(p.id);
    case 'unknown-exercise': return sayExercise.unknown(p.name, p.ids);
    case 'bad-answer': return sayExercise.badAnswer(p.pair, p.exercise, p.fields);
    case 'answer-twice': return sayExercise.answerTwice(p.field);
    case 'marble-needs-text': return sayJar.needsText(p.change);
    case 'bad-time': return sayRemind.badTime(p.flag, p.value);
    case 'week-and-range': return sayReport.weekAndRange;
    case 'since-after-until': return say.sinceAfterUntil(p.since, p.until);
    case 'since-after-today': return sayReport.sinceAfterToday(p.since, p.until);
    case 'period-too-long': return sayEdges.periodTooLong(p.from, p.to, p.years);
    case 'trigger-needs-strength': return sayRecovery.triggerNeedsStrength;
    case 'request-needs-text': return sayRecovery.requestNeedsText;
    case 'not-a-request': return sayRecovery.notARequest(p.id);
    case 'already-dropped': return sayRecovery.alreadyDropped(p.id, p.text);
    case 'met-before-asked': return sayRecovery.metBeforeAsked(p.date, p.asked);
    case 'nothing-changed': return sayEdit.nothingChanged(p.id);
    case 'action-reviewed': return sayEdit.actionReviewed(p.id);
  }
}
