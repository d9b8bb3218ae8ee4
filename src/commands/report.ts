import { notYet } from './not-yet.js';

export const report = notYet;
