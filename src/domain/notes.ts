// What the report observes, as facts: one kind per observation with the
// numbers it rests on. ui/messages-notes.ts says each one in words; the
// report's JSON still carries the words (its `notes`, `headline`, `lead`).
import type { CareLevel } from './care.js';
import type { TrendWay } from './recovery.js';
import type { Distress } from './report-notes.js';
import type { Role } from './types.js';

/** The first note: feared versus what happened, or what the period held. */
export type Headline =
  | { kind: 'feared'; tested: number; cameTrue: number; partly: number }
  | { kind: 'untested'; planned: number; days: number }
  | { kind: 'logged-only'; logged: number; days: number }
  /** Only triggers and requests were noted (after an affair). */
  | { kind: 'noted'; triggers: number; met: number; days: number }
  | { kind: 'other-only'; written: number; days: number }
  | { kind: 'quiet'; days: number };

/** `partner` is the profile's name, undefined when none was given. */
export type Note =
  | Headline
  | { kind: 'came-true'; tested: number; cameTrue: number; partly: number }
  | { kind: 'pause'; concern: boolean }
  | { kind: 'fear-ledger'; trap: string | undefined; trapTested: number; tested: number }
  | { kind: 'belief-fell'; from: number; to: number }
  | { kind: 'belief-held'; from: number; to: number }
  | { kind: 'talked'; talked: number; reviewed: number; partner: string | undefined }
  | { kind: 'not-talked'; partner: string | undefined }
  | { kind: 'gratitude'; count: number; partner: string | undefined }
  | { kind: 'open'; count: number }
  | { kind: 'trap'; trap: string; count: number }
  | { kind: 'belief-lower'; now: number; then: number; days: number }
  | { kind: 'streak'; days: number }
  | { kind: 'jar'; added: number; removed: number }
  | { kind: 'for-role'; role: Role; partner: string | undefined }
  /** After an affair: the request met most often, and how the triggers compare with `back` days earlier. */
  | { kind: 'request-met'; role: Role | undefined; partner: string | undefined; text: string; met: number; days: number }
  | { kind: 'trigger-trend'; way: Exclude<TrendWay, 'none' | 'too-soon'>; back: number; days: number }
  | Lead;

/** Why the weight looks heavy: one of the report's own signs, or the care picture's (a care signal's `why`). */
export type Reason = { from: 'report'; distress: Distress } | { from: 'care'; why: string };

/** What leads the report before the headline. */
export type Lead =
  | { kind: 'help'; reasons: Reason[] }
  | { kind: 'concern'; level: Extract<CareLevel, 'crisis' | 'danger'>; since: string | null; dangerToo: boolean; reasons: Reason[] };
