import { notYet } from './not-yet.js';

export const exercise = notYet;
